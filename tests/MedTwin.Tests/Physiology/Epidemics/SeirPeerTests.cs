using MedTwin.Physiology.Epidemics;
using Xunit.Abstractions;
using static MedTwin.Tests.Physiology.Ode.PeerFixtures;

namespace MedTwin.Tests.Physiology.Epidemics;

/// <summary>
/// The SEIR model with vaccination against SciPy 1.10's solve_ivp(RK45, rtol 1e-10, atol 1e-8) on the same equations
/// (Peers/seir_vaccination.py): R0 2.5, latent 3 d, infectious 5 d, N 10⁶, I(0) 10, 300 days.
/// </summary>
public sealed class SeirPeerTests(ITestOutputHelper output)
{
    private static readonly SeirModel Model = new(SeirParameters.FromBasicReproductionNumber(2.5, latentPeriod: 3, infectiousPeriod: 5, population: 1e6));

    public static TheoryData<string> Scenarios => ["none", "all-or-nothing-campaign", "leaky-pre-epidemic"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Peak_day_peak_prevalence_attack_rate_and_prevalence_every_ten_days_agree_with_scipy_solve_ivp(string scenario)
    {
        var rows = Rows("seir-vaccination-rk45-scipy.csv").Where(r => r[0] == scenario).ToArray();
        var peak = rows.Single(r => r[1] == "peak");
        var attackRate = Number(rows.Single(r => r[1] == "attack")[3]);
        var prevalence = rows.Where(r => r[1] == "infectious").Select(r => (Day: Number(r[2]), Persons: Number(r[3]))).ToArray();

        var run = Model.Simulate(new SeirScenario { Days = 300, InitialInfectious = 10, OutputInterval = 10, Vaccination = Vaccination(scenario), RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-8 });

        output.WriteLine(FormattableString.Invariant($"peak day {run.PeakDay:R} vs {peak[2]}; peak {run.PeakPrevalence:R} vs {peak[3]}; attack rate {run.AttackRate:R} vs {attackRate:R}"));
        Assert.Equal(Number(peak[2]), run.PeakDay, 1e-5);
        Assert.Equal(1, run.PeakPrevalence / Number(peak[3]), 1e-7);
        Assert.Equal(attackRate, run.AttackRate, 1e-8);
        Assert.Equal(prevalence.Select(p => p.Day), run.Days);
        Assert.All(prevalence.Zip(run.Infectious), pair => Assert.True(Math.Abs(pair.First.Persons - pair.Second) <= 1e-6 + (1e-7 * pair.First.Persons), FormattableString.Invariant($"I({pair.First.Day}) = {pair.Second:R}, SciPy {pair.First.Persons:R}")));
    }

    private static VaccinationProgram? Vaccination(string scenario) => scenario switch
    {
        "all-or-nothing-campaign" => new VaccinationProgram { Efficacy = 0.9, Campaigns = [new VaccinationCampaign(20, 80, 5000)] },
        "leaky-pre-epidemic" => new VaccinationProgram { Efficacy = 0.6, EfficacyModel = VaccineEfficacyModel.Leaky, PreEpidemicCoverage = 0.3 },
        _ => null,
    };
}
