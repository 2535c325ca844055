namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// The natural history and transmission of an infection in a closed, homogeneously mixing population of N persons:
/// transmission rate β (per day), mean latent period 1/σ (days), mean infectious period 1/γ (days) and the
/// infection-fatality ratio. R0 = β/γ (Anderson &amp; May, "Infectious Diseases of Humans", 1991, ch. 4; Keeling &amp;
/// Rohani, "Modeling Infectious Diseases in Humans and Animals", 2008, ch. 2). A latent period of 0 makes the model an
/// SIR model: infections enter the infectious compartment directly.
/// </summary>
public sealed record SeirParameters
{
    /// <summary>Transmission rate β (per day): contacts per day × probability of transmission per contact.</summary>
    public required double TransmissionRate { get; init => field = Require.NonNegative(value, nameof(TransmissionRate)); }

    /// <summary>Mean latent period 1/σ (days) from infection to infectiousness; 0 for an SIR model.</summary>
    public required double LatentPeriod { get; init => field = Require.NonNegative(value, nameof(LatentPeriod)); }

    /// <summary>Mean infectious period 1/γ (days).</summary>
    public required double InfectiousPeriod { get; init => field = Require.Positive(value, nameof(InfectiousPeriod)); }

    /// <summary>Population size N (persons).</summary>
    public required double Population { get; init => field = Require.Positive(value, nameof(Population)); }

    /// <summary>Infection-fatality ratio: deaths per infection, in [0, 1].</summary>
    public double InfectionFatalityRatio { get; init => field = Require.Probability(value, nameof(InfectionFatalityRatio)); }

    /// <summary>Progression rate σ = 1/latent period (per day); infinite for an SIR model.</summary>
    public double ProgressionRate => 1 / LatentPeriod;

    /// <summary>Recovery rate γ = 1/infectious period (per day).</summary>
    public double RecoveryRate => 1 / InfectiousPeriod;

    /// <summary>Basic reproduction number R0 = β/γ (dimensionless).</summary>
    public double BasicReproductionNumber => TransmissionRate * InfectiousPeriod;

    /// <summary>Herd-immunity threshold 1 − 1/R0: the immune fraction above which an introduction cannot grow; 0 when R0 ≤ 1.</summary>
    public double HerdImmunityThreshold => Math.Max(0, 1 - (1 / BasicReproductionNumber));

    /// <summary>Parameters with β = R0/infectious period.</summary>
    /// <param name="basicReproductionNumber">R0 (dimensionless, non-negative).</param>
    /// <param name="latentPeriod">Mean latent period (days); 0 for SIR.</param>
    /// <param name="infectiousPeriod">Mean infectious period (days).</param>
    /// <param name="population">Population size (persons).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, zero where it must be positive, or not finite.</exception>
    public static SeirParameters FromBasicReproductionNumber(double basicReproductionNumber, double latentPeriod, double infectiousPeriod, double population) => new()
    {
        TransmissionRate = Require.NonNegative(basicReproductionNumber, nameof(basicReproductionNumber)) / Require.Positive(infectiousPeriod, nameof(infectiousPeriod)),
        LatentPeriod = latentPeriod,
        InfectiousPeriod = infectiousPeriod,
        Population = population,
    };
}
