namespace MedTwin.Physiology.Calibration;

/// <summary>A calibration could not run on its input, or a fit that did not converge was asked for its estimates. The message names the problem and what is wrong.</summary>
public sealed class CalibrationException : Exception
{
    /// <summary>Creates the error for the calibration problem named <paramref name="problemName"/>.</summary>
    public CalibrationException(string problemName, string problem)
        : base($"{problemName}: {problem}")
    {
        ProblemName = problemName;
        Problem = problem;
    }

    /// <summary>The name of the calibration problem.</summary>
    public string ProblemName { get; }

    /// <summary>What was expected and what was found.</summary>
    public string Problem { get; }
}
