namespace MedTwin.Learning.Metrics;

/// <summary>Logistic recalibration of predicted probabilities: perfect calibration has intercept 0 and slope 1.</summary>
/// <param name="Intercept">Calibration-in-the-large: α in logit P(y = 1) = α + logit(p), the slope fixed at 1.</param>
/// <param name="Slope">β in logit P(y = 1) = a + β·logit(p); below 1 the predictions are too extreme, above 1 too modest.</param>
public sealed record CalibrationResult(double Intercept, double Slope);
