namespace MedTwin.Twins.Monitors;

/// <summary>The mechanistic model beside the patient at its latest comparison.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Time">The time of the reading it was compared with.</param>
/// <param name="Predicted">Its prediction there.</param>
/// <param name="Observed">The reading.</param>
/// <param name="Residual">Observed minus predicted.</param>
/// <param name="Variables">The model's state variables then.</param>
public sealed record MechanisticState(string Model, DateTimeOffset Time, double Predicted, double Observed, double Residual, IReadOnlyList<KeyValuePair<string, double>> Variables);
