namespace MedTwin.Physiology.Ode;

/// <summary>How to solve (tolerances, step limits) and what to report (output times, discontinuities, events).</summary>
public sealed class OdeOptions
{
    /// <summary>Relative tolerance of the local error, per component; must be positive.</summary>
    public double RelativeTolerance { get; init; } = 1e-6;

    /// <summary>Absolute tolerance of the local error, per component; must be positive. Set it below the size at which a component stops mattering.</summary>
    public double AbsoluteTolerance { get; init; } = 1e-8;

    /// <summary>The largest step the solver may take; unbounded by default.</summary>
    public double MaxStep { get; init; } = double.PositiveInfinity;

    /// <summary>The first step after the start and after each discontinuity; chosen by Hairer's algorithm when null.</summary>
    public double? InitialStep { get; init; }

    /// <summary>The most accepted steps the whole solve may take before it fails.</summary>
    public int MaxSteps { get; init; } = 100_000;

    /// <summary>
    /// Strictly increasing times in [start, end] where the solution is reported, read from the dense output without
    /// forcing steps; when null, the solution is reported at the start and after every accepted step.
    /// </summary>
    public IReadOnlyList<double>? OutputTimes { get; init; }

    /// <summary>Times where the solver stops exactly and may change the state; at the same time they apply in the order given.</summary>
    public IReadOnlyList<OdeDiscontinuity> Discontinuities { get; init; } = [];

    /// <summary>Threshold crossings to locate and report.</summary>
    public IReadOnlyList<OdeEvent> Events { get; init; } = [];
}
