namespace MedTwin.Physiology.Ode;

/// <summary>An integration that could not go on: non-finite derivatives, a step too small to take, or too many steps.</summary>
public sealed class OdeSolverException : Exception
{
    /// <summary>Creates the exception with a message and no time.</summary>
    public OdeSolverException()
    {
    }

    /// <summary>Creates the exception with a message and no time.</summary>
    public OdeSolverException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, no time, and the exception that caused it.</summary>
    public OdeSolverException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failure at <paramref name="time"/>.</summary>
    public OdeSolverException(string message, double time)
        : base(message)
    {
        Time = time;
    }

    /// <summary>The time the integration had reached, when known.</summary>
    public double? Time { get; }
}
