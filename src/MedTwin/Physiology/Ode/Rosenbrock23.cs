namespace MedTwin.Physiology.Ode;

/// <summary>
/// A linearly implicit method for stiff problems: the modified Rosenbrock formula of order 2 with an order-3 error
/// estimate of Shampine &amp; Reichelt, "The MATLAB ODE Suite", SIAM J. Sci. Comput. 18 (1997) 1–22 (MATLAB's ode23s).
/// It is L-stable, so its step follows accuracy alone. It uses the system's Jacobian when the system implements
/// <see cref="IOdeJacobian"/> and forward differences otherwise; LU by MathNet.Numerics. Best at modest tolerances
/// (1e-3 to 1e-8); being second order, it needs many steps at tighter ones, and its global error grows to some ten
/// times the tolerance where Dormand–Prince stays near it. Its dense output, and so its event times, are second order.
/// </summary>
public sealed class Rosenbrock23 : IOdeSolver
{
    /// <inheritdoc />
    public OdeSolution Solve(IOdeSystem system, double startTime, ReadOnlySpan<double> initialState, double endTime, OdeOptions? options = null) =>
        OdeIntegrator.Solve(system, startTime, initialState, endTime, options, evaluator => new Rosenbrock23Stepper(evaluator));
}
