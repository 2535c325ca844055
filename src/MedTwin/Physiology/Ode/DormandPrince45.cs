namespace MedTwin.Physiology.Ode;

/// <summary>
/// The explicit Runge–Kutta method of Dormand &amp; Prince, "A family of embedded Runge–Kutta formulae", J. Comput. Appl.
/// Math. 6 (1980) 19–26 — order 5 with an embedded order-4 error estimate, FSAL, and a fourth-order dense output —
/// with step-size control and starting step as in Hairer, Nørsett &amp; Wanner, "Solving Ordinary Differential Equations
/// I" (2nd ed., 1993), section II.4, the same algorithm as SciPy's solve_ivp(method="RK45"). For non-stiff problems;
/// on stiff ones its step is bounded by stability, not accuracy, so use <see cref="Rosenbrock23"/>.
/// </summary>
public sealed class DormandPrince45 : IOdeSolver
{
    /// <inheritdoc />
    public OdeSolution Solve(IOdeSystem system, double startTime, ReadOnlySpan<double> initialState, double endTime, OdeOptions? options = null) =>
        OdeIntegrator.Solve(system, startTime, initialState, endTime, options, evaluator => new DormandPrince45Stepper(evaluator));
}
