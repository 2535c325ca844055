namespace MedTwin.Physiology.Calibration;

/// <summary>The model's prediction at <paramref name="time"/> for <paramref name="parameters"/> on their natural (not log) scale.</summary>
public delegate double PredictionFunction(ReadOnlySpan<double> parameters, double time);
