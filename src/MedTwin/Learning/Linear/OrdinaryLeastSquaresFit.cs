namespace MedTwin.Learning.Linear;

/// <summary>What an ordinary least-squares fit keeps for inference: the coefficients' covariance, the residual degrees of freedom and σ̂.</summary>
/// <param name="Covariance">σ̂²(XᵀX)⁻¹, intercept first.</param>
/// <param name="ResidualDegreesOfFreedom">n − p − 1.</param>
/// <param name="ResidualStandardError">σ̂ = √(RSS / (n − p − 1)).</param>
internal sealed record OrdinaryLeastSquaresFit(double[,] Covariance, int ResidualDegreesOfFreedom, double ResidualStandardError);
