using MedTwin.Physiology.Ode;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>The solvers by name, for theories that hold for both.</summary>
internal static class Solvers
{
    public static TheoryData<string> Names => new() { nameof(DormandPrince45), nameof(Rosenbrock23) };

    public static IOdeSolver Named(string name) => name switch
    {
        nameof(DormandPrince45) => new DormandPrince45(),
        nameof(Rosenbrock23) => new Rosenbrock23(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such solver."),
    };

    /// <summary>
    /// How many times the local-error tolerance the global error may reach. Dormand–Prince advances the fifth-order
    /// solution while controlling the fourth-order error, so its global error stays near the tolerance; Rosenbrock23
    /// advances its second-order solution and its errors add up over its many more steps (about 15 times the
    /// tolerance on these problems).
    /// </summary>
    public static double GlobalErrorFactor(string name) => name == nameof(Rosenbrock23) ? 100 : 10;

    public static double MaxAbsoluteError(OdeSolution solution, int component, Func<double, double> exact) =>
        solution.Times.Select((t, i) => Math.Abs(solution.States[i][component] - exact(t))).Max();
}
