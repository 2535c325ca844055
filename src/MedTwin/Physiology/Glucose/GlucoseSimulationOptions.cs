using MedTwin.Physiology.Ode;

namespace MedTwin.Physiology.Glucose;

/// <summary>How <see cref="GlucoseSimulation"/> solves and reports.</summary>
public sealed record GlucoseSimulationOptions
{
    /// <summary>The output grid's spacing (min): the trace holds 0, Δ, 2Δ, … up to the horizon.</summary>
    public double OutputInterval { get; init => field = GlucoseInputCheck.Positive(value, nameof(OutputInterval), "The output interval (min)"); } = 5;

    /// <summary>Relative tolerance of the solver.</summary>
    public double RelativeTolerance { get; init => field = GlucoseInputCheck.Positive(value, nameof(RelativeTolerance), "The relative tolerance"); } = 1e-6;

    /// <summary>Absolute tolerance of the solver.</summary>
    public double AbsoluteTolerance { get; init => field = GlucoseInputCheck.Positive(value, nameof(AbsoluteTolerance), "The absolute tolerance"); } = 1e-8;

    /// <summary>
    /// The solver. <see cref="DormandPrince45"/> by default: the model's fastest eigenvalues (hepatic insulin exchange,
    /// m1 + m30 + m2 + m4 ≈ 0.5–1/min) are slow enough that its stability limit is a few minutes, about the step that
    /// accuracy asks at 1e-6, and fifth order takes far fewer steps there than the second-order <see cref="Rosenbrock23"/>.
    /// </summary>
    public IOdeSolver Solver { get; init => field = value ?? throw new ArgumentNullException(nameof(Solver)); } = new DormandPrince45();
}
