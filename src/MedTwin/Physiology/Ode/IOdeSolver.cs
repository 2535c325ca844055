namespace MedTwin.Physiology.Ode;

/// <summary>
/// Integrates an <see cref="IOdeSystem"/> forward in time from an initial state. Solvers are written here because
/// MathNet.Numerics 5 offers only fixed-step Runge–Kutta and Adams–Bashforth, with neither error control, dense
/// output, events nor a stiff method.
/// </summary>
public interface IOdeSolver
{
    /// <summary>
    /// Solves dy/dt = f(t, y), y(<paramref name="startTime"/>) = <paramref name="initialState"/>, up to
    /// <paramref name="endTime"/> (which must be later), stopping at the discontinuities and reporting the events and
    /// output times that <paramref name="options"/> name.
    /// </summary>
    /// <exception cref="ArgumentException">An input is invalid; the message names which and why.</exception>
    /// <exception cref="OdeSolverException">The integration failed; the message names the time and the cause.</exception>
    OdeSolution Solve(IOdeSystem system, double startTime, ReadOnlySpan<double> initialState, double endTime, OdeOptions? options = null);
}
