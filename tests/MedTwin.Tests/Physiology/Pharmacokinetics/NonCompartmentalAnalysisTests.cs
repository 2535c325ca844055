using MedTwin.Physiology.Pharmacokinetics;

namespace MedTwin.Tests.Physiology.Pharmacokinetics;

public sealed class NonCompartmentalAnalysisTests
{
    // Peer: R 4.2.2, base R by hand with PKNCA's lambda-z rule, written by Peers/theophylline_nca.R.
    private static readonly Dictionary<string, double> Peer =
        PharmacokineticProfiles.Peer("theophylline-subject1-nca-r.csv").ToDictionary(row => row.Key, row => row.Value["value"]);

    private static PharmacokineticProfile Subject1 => PharmacokineticProfiles.Theophylline().Single(p => p.Subject == "1");

    [Fact]
    public void Theophylline_subject_1_gives_rs_cmax_tmax_auc_and_terminal_phase_with_the_linear_trapezoid()
    {
        var result = NonCompartmentalAnalysis.Analyse(Subject1.Times, Subject1.Concentrations);

        Assert.Equal(Peer["cmax"], result.Cmax);
        Assert.Equal(Peer["tmax"], result.Tmax);
        Assert.Equal(Peer["clast"], result.Clast);
        Assert.Equal(Peer["tlast"], result.Tlast);
        AssertClose(Peer["auc_last_linear"], result.AucLast);
        Assert.Equal((int)Peer["lambda_z_points"], result.Terminal!.PointCount);
        AssertClose(Peer["lambda_z"], result.Terminal.LambdaZ);
        AssertClose(Peer["adj_r_squared"], result.Terminal.AdjustedRSquared);
        AssertClose(Peer["auc_inf_linear"], result.AucInfinity!.Value);
        AssertClose(Peer["half_life"], result.HalfLife!.Value);
    }

    [Fact]
    public void Theophylline_subject_1_gives_rs_auc_with_linear_up_log_down()
    {
        var result = NonCompartmentalAnalysis.Analyse(Subject1.Times, Subject1.Concentrations, new NcaOptions { AucMethod = AucMethod.LinearUpLogDown });

        AssertClose(Peer["auc_last_log_down"], result.AucLast);
    }

    [Fact]
    public void An_exact_exponential_decline_gives_its_rate_as_lambda_z_with_every_point_after_the_peak()
    {
        double[] times = [0, 1, 2, 4, 6, 8, 12];
        var concentrations = times.Select(t => t == 0 ? 0 : 10 * Math.Exp(-0.2 * t)).ToArray();

        var result = NonCompartmentalAnalysis.Analyse(times, concentrations);

        Assert.Equal(0.2, result.Terminal!.LambdaZ, 1e-12);
        Assert.Equal(5, result.Terminal.PointCount);
    }

    [Fact]
    public void A_profile_still_rising_at_the_end_has_no_terminal_phase_and_no_auc_to_infinity()
    {
        var result = NonCompartmentalAnalysis.Analyse([0, 1, 2, 3, 4], [0, 1, 2, 3, 4]);

        Assert.Null(result.Terminal);
        Assert.Null(result.AucInfinity);
        Assert.Equal(8, result.AucLast, 1e-14);
    }

    [Fact]
    public void Times_that_do_not_increase_are_refused_with_the_index_named()
    {
        var error = Assert.Throws<ArgumentException>(() => NonCompartmentalAnalysis.Analyse([0, 1, 3, 2], [0, 4, 3, 2]));

        Assert.Contains("time[3] = 2 follows 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_zero_concentrations_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NonCompartmentalAnalysis.Analyse([0, 1, 2, 3], [0, 0, 0, 0]));

        Assert.Contains("All 4 concentrations are zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_concentration_is_refused_with_the_index_named()
    {
        var error = Assert.Throws<ArgumentException>(() => NonCompartmentalAnalysis.Analyse([0, 1, 2], [1, double.NaN, 0.5]));

        Assert.Contains("concentration[1] = NaN", error.Message, StringComparison.Ordinal);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected), $"{actual:R} vs R's {expected:R}");
}
