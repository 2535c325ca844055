namespace MedTwin.Physiology.Ode;

/// <summary>
/// One integration method's single step, error estimate and dense output over the last accepted step. The shared
/// driver (<see cref="OdeIntegrator"/>) owns time, step-size control, discontinuities, events and output.
/// </summary>
internal interface IOdeStepper
{
    /// <summary>The order q of the embedded error estimate (local error O(h^(q+1))).</summary>
    int ErrorEstimatorOrder { get; }

    /// <summary>Jacobians formed so far.</summary>
    int JacobianEvaluations { get; }

    /// <summary>LU factorisations done so far.</summary>
    int LuDecompositions { get; }

    /// <summary>The state at the start of the next step: the initial state, then each accepted step's end.</summary>
    ReadOnlySpan<double> State { get; }

    /// <summary>f at <see cref="State"/>.</summary>
    ReadOnlySpan<double> Derivative { get; }

    /// <summary>The state at the end of the last attempted step.</summary>
    ReadOnlySpan<double> ProposedState { get; }

    /// <summary>Starts (or restarts after a discontinuity) from <paramref name="state"/> at <paramref name="time"/>.</summary>
    void Start(double time, ReadOnlySpan<double> state);

    /// <summary>Attempts a step from <paramref name="time"/> to <paramref name="nextTime"/> and returns its scaled error norm.</summary>
    double Attempt(double time, double nextTime, double relativeTolerance, double absoluteTolerance);

    /// <summary>Writes the dense-output state at <paramref name="time"/> within the last attempted step.</summary>
    void Interpolate(double time, Span<double> state);

    /// <summary>Makes the attempted step's end the new <see cref="State"/>.</summary>
    void Advance();
}
