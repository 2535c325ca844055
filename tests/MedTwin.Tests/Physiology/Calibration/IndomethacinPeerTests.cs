using MedTwin.Physiology.Calibration;
using MedTwin.Physiology.Pharmacokinetics;
using Xunit.Abstractions;

namespace MedTwin.Tests.Physiology.Calibration;

/// <summary>Per-subject biexponential (two-compartment IV bolus) fits equal R's nlsList(conc ~ SSbiexp(time, A1, lrc1, A2, lrc2) | Subject), matched by subject label.</summary>
public sealed class IndomethacinPeerTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void Every_indomethacin_subject_fit_matches_r_nlslist_ssbiexp_estimates_standard_errors_residual_error_and_aic()
    {
        // Peer: R 4.2.2 with nlme 3.1.162, written by Peers/indomethacin_nlslist.R; every subject converged in R.
        var peer = PharmacokineticProfiles.Peer("indomethacin-nlslist-r.csv");
        var profiles = PharmacokineticProfiles.Indomethacin();
        var differences = new Dictionary<string, double>(StringComparer.Ordinal);

        Assert.Equal(6, profiles.Count);
        foreach (var profile in profiles)
        {
            var fit = LevenbergMarquardt.Fit(
                BiexponentialFit.Problem(profile.Times, profile.Concentrations, new TwoCompartmentMacroConstants(2.5, 2, 0.5, 0.2), $"indomethacin subject {profile.Subject}"),
                new LevenbergMarquardtOptions { Seed = 20 });
            var r = peer[profile.Subject];

            Assert.True(fit.Converged, fit.Reason);
            // SSbiexp estimates A1 and A2 on the natural scale: R's standard errors are the delta-method ones.
            Compare(differences, profile.Subject, "A1", r["A1"], fit["A"].Value);
            Compare(differences, profile.Subject, "lrc1", r["lrc1"], fit["alpha"].LogValue);
            Compare(differences, profile.Subject, "A2", r["A2"], fit["B"].Value);
            Compare(differences, profile.Subject, "lrc2", r["lrc2"], fit["beta"].LogValue);
            Compare(differences, profile.Subject, "se_A1", r["se_A1"], fit["A"].StandardError);
            Compare(differences, profile.Subject, "se_lrc1", r["se_lrc1"], fit["alpha"].LogStandardError);
            Compare(differences, profile.Subject, "se_A2", r["se_A2"], fit["B"].StandardError);
            Compare(differences, profile.Subject, "se_lrc2", r["se_lrc2"], fit["beta"].LogStandardError);
            Compare(differences, profile.Subject, "sigma", r["sigma"], fit.ResidualStandardError);
            Compare(differences, profile.Subject, "rss", r["rss"], fit.ResidualSumOfSquares);
            Compare(differences, profile.Subject, "aic", r["aic"], fit.Aic);
        }

        foreach (var (name, largest) in differences)
        {
            output.WriteLine(FormattableString.Invariant($"{name}: largest relative difference {largest:G3}"));
        }
    }

    private static void Compare(Dictionary<string, double> differences, string subject, string name, double expected, double actual)
    {
        var relative = Math.Abs(actual - expected) / Math.Abs(expected);
        differences[name] = Math.Max(differences.GetValueOrDefault(name), relative);
        Assert.True(relative <= Tolerance, FormattableString.Invariant($"subject {subject} {name}: {actual:R} vs R's {expected:R}"));
    }
}
