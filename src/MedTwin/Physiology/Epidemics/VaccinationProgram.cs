namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// Vaccination in an SEIR model: a fraction of the initially susceptible vaccinated before the epidemic (coverage ×
/// efficacy protected under all-or-nothing efficacy; coverage partially protected under leaky efficacy), and campaigns
/// during it. Campaign doses go at random to people who are neither vaccinated nor infected (compartments S and R, as
/// nobody is tested first); only doses reaching S protect, so the flow S → V is protected fraction × doses/day × S/(S + R).
/// Failed all-or-nothing vaccinees stay in S and may be offered a dose again. Vaccine protection may wane back to S.
/// </summary>
public sealed record VaccinationProgram
{
    /// <summary>Fraction of the initially susceptible vaccinated before day 0, in [0, 1].</summary>
    public double PreEpidemicCoverage { get; init => field = Require.Probability(value, nameof(PreEpidemicCoverage)); }

    /// <summary>Vaccine efficacy e against infection, in [0, 1].</summary>
    public required double Efficacy { get; init => field = Require.Probability(value, nameof(Efficacy)); }

    /// <summary>How efficacy acts; all-or-nothing by default.</summary>
    public VaccineEfficacyModel EfficacyModel { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(EfficacyModel), value, "EfficacyModel must be AllOrNothing or Leaky."); }

    /// <summary>Campaigns during the epidemic; their dose rates add where they overlap.</summary>
    public IReadOnlyList<VaccinationCampaign> Campaigns { get; init => field = value?.All(c => c is not null) == true ? value : throw new ArgumentException("Campaigns must not be null or hold null.", nameof(Campaigns)); } = [];

    /// <summary>Mean duration of vaccine protection (days), after which V returns to S at rate 1/duration; none when null.</summary>
    public double? WaningPeriod { get; init => field = Require.PositiveOrAbsent(value, nameof(WaningPeriod)); }

    /// <summary>The campaigns' total dose rate (persons/day) at <paramref name="day"/>.</summary>
    public double DoseRateAt(double day)
    {
        var rate = 0.0;
        foreach (var campaign in Campaigns)
        {
            rate += campaign.RateAt(day);
        }

        return rate;
    }
}
