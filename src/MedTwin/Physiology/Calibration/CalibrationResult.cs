namespace MedTwin.Physiology.Calibration;

/// <summary>
/// The outcome of a fit. Estimates are given only when <see cref="Status"/> is <see cref="CalibrationStatus.Converged"/>;
/// otherwise <see cref="Reason"/> says why and <see cref="Parameters"/> throws, so a bad fit is never used by mistake.
/// </summary>
public sealed class CalibrationResult
{
    private readonly IReadOnlyList<ParameterEstimate>? _parameters;

    internal CalibrationResult(
        string problemName, CalibrationStatus status, string reason, double[] finalPoint, IReadOnlyList<ParameterEstimate>? parameters,
        double residualSumOfSquares, int observationCount, int iterations, int start)
    {
        ProblemName = problemName;
        Status = status;
        Reason = reason;
        FinalPoint = finalPoint;
        _parameters = parameters;
        ResidualSumOfSquares = residualSumOfSquares;
        ObservationCount = observationCount;
        Iterations = iterations;
        Start = start;
    }

    /// <summary>The name of the problem that was fitted.</summary>
    public string ProblemName { get; }

    /// <summary>How the fit ended.</summary>
    public CalibrationStatus Status { get; }

    /// <summary>Why the fit ended, in words (the criterion met, or what failed).</summary>
    public string Reason { get; }

    /// <summary>Whether the estimates are valid.</summary>
    public bool Converged => Status == CalibrationStatus.Converged;

    /// <summary>The parameters on the natural scale where the fit stopped, converged or not (for diagnosis).</summary>
    public IReadOnlyList<double> FinalPoint { get; }

    /// <summary>The estimates with standard errors and confidence intervals, in the problem's parameter order.</summary>
    /// <exception cref="CalibrationException">The fit did not converge; the message gives the reason.</exception>
    public IReadOnlyList<ParameterEstimate> Parameters => _parameters ?? throw new CalibrationException(ProblemName, $"the fit has no valid estimates ({Status}): {Reason}");

    /// <summary>The estimate named <paramref name="name"/>.</summary>
    /// <exception cref="CalibrationException">The fit did not converge.</exception>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public ParameterEstimate this[string name] =>
        Parameters.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"{ProblemName}: no parameter named '{name}'.");

    /// <summary>Residual sum of squares at the final point.</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>Number of observations n.</summary>
    public int ObservationCount { get; }

    /// <summary>Residual degrees of freedom n − p.</summary>
    public int DegreesOfFreedom => ObservationCount - FinalPoint.Count;

    /// <summary>Residual standard error σ = √(RSS/(n − p)).</summary>
    public double ResidualStandardError => Math.Sqrt(ResidualSumOfSquares / DegreesOfFreedom);

    /// <summary>
    /// Akaike's information criterion with the Gaussian likelihood at σ² = RSS/n, counting σ as a parameter, as R's
    /// AIC() of an nls fit: n·(ln(2π) + 1 + ln(RSS/n)) + 2·(p + 1).
    /// </summary>
    public double Aic => (ObservationCount * (Math.Log(2 * Math.PI) + 1 + Math.Log(ResidualSumOfSquares / ObservationCount))) + (2 * (FinalPoint.Count + 1));

    /// <summary>Levenberg–Marquardt iterations used by the chosen start.</summary>
    public int Iterations { get; }

    /// <summary>Which start gave this result (0 is the initial guess).</summary>
    public int Start { get; }
}
