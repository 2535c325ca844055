namespace MedTwin.Twins.Monitors;

/// <summary>The attached model's latest risk.</summary>
/// <param name="Model">The model card's title.</param>
/// <param name="Risk">The predicted probability.</param>
/// <param name="Time">When it was predicted.</param>
public sealed record ModelRiskState(string Model, double Risk, DateTimeOffset Time);
