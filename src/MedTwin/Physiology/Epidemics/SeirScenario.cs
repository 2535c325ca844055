namespace MedTwin.Physiology.Epidemics;

/// <summary>One deterministic SEIR simulation: initial conditions (persons), vaccination, horizon and output grid (days), tolerances.</summary>
public sealed record SeirScenario
{
    /// <summary>Length of the simulation (days).</summary>
    public double Days { get; init => field = Require.Positive(value, nameof(Days)); } = 365;

    /// <summary>Persons latently infected (E) on day 0.</summary>
    public double InitialExposed { get; init => field = Require.NonNegative(value, nameof(InitialExposed)); }

    /// <summary>Persons infectious (I) on day 0.</summary>
    public double InitialInfectious { get; init => field = Require.NonNegative(value, nameof(InitialInfectious)); } = 1;

    /// <summary>Persons immune after past infection (R) on day 0.</summary>
    public double InitialRecovered { get; init => field = Require.NonNegative(value, nameof(InitialRecovered)); }

    /// <summary>The vaccination programme; none when null.</summary>
    public VaccinationProgram? Vaccination { get; init; }

    /// <summary>Spacing of the reported trajectory (days); the last point is always <see cref="Days"/>.</summary>
    public double OutputInterval { get; init => field = Require.Positive(value, nameof(OutputInterval)); } = 1;

    /// <summary>Relative tolerance of the ODE solver.</summary>
    public double RelativeTolerance { get; init => field = Require.Positive(value, nameof(RelativeTolerance)); } = 1e-8;

    /// <summary>Absolute tolerance of the ODE solver (persons).</summary>
    public double AbsoluteTolerance { get; init => field = Require.Positive(value, nameof(AbsoluteTolerance)); } = 1e-6;
}
