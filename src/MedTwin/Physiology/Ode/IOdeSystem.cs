namespace MedTwin.Physiology.Ode;

/// <summary>
/// A system of ordinary differential equations dy/dt = f(t, y) with a fixed number of states. Inputs that change with
/// time (doses, meals, infusions) are piecewise constant and known in advance: the solver stops and restarts at their
/// change points (<see cref="OdeOptions.Discontinuities"/>), so f is smooth between them. At a change point itself f may
/// be evaluated with either side's inputs.
/// </summary>
public interface IOdeSystem
{
    /// <summary>How many state variables the system has.</summary>
    int Dimension { get; }

    /// <summary>Writes f(t, y) into <paramref name="derivatives"/>, which has <see cref="Dimension"/> elements.</summary>
    void Derivatives(double time, ReadOnlySpan<double> state, Span<double> derivatives);
}
