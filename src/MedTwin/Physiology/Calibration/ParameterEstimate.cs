namespace MedTwin.Physiology.Calibration;

/// <summary>
/// One estimated parameter. The fit works on θ = ln(value), so <see cref="LogStandardError"/> is exact for the
/// linearised model and the confidence interval is exp(θ ± t·SE(θ)) (asymmetric on the natural scale);
/// <see cref="StandardError"/> = value·SE(θ) is the delta-method standard error on the natural scale.
/// </summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Value">Estimate on the natural scale.</param>
/// <param name="LogValue">Estimate of ln(value).</param>
/// <param name="LogStandardError">Standard error of ln(value): √(σ²·(JᵀJ)⁻¹) with J taken on the log scale.</param>
/// <param name="StandardError">Delta-method standard error on the natural scale, value·SE(ln value).</param>
/// <param name="Lower">Lower confidence limit on the natural scale.</param>
/// <param name="Upper">Upper confidence limit on the natural scale.</param>
public sealed record ParameterEstimate(string Name, double Value, double LogValue, double LogStandardError, double StandardError, double Lower, double Upper);
