namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>The log-linear regression ln C = intercept − λz·t chosen for the terminal phase.</summary>
/// <param name="LambdaZ">Terminal rate constant λz (1/h).</param>
/// <param name="Intercept">Intercept of ln C (ln mg/L).</param>
/// <param name="PointCount">How many of the last points the regression uses.</param>
/// <param name="StartTime">Time of the first of those points (h).</param>
/// <param name="AdjustedRSquared">Adjusted R² = 1 − (1 − R²)·(n − 1)/(n − 2) of the regression.</param>
public sealed record TerminalPhase(double LambdaZ, double Intercept, int PointCount, double StartTime, double AdjustedRSquared)
{
    /// <summary>Terminal half-life ln 2/λz (h).</summary>
    public double HalfLife => Math.Log(2) / LambdaZ;
}
