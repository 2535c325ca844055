using MedTwin.Physiology.Calibration;
using Xunit.Abstractions;

namespace MedTwin.Tests.Physiology.Calibration;

/// <summary>
/// Per-subject one-compartment oral fits equal R's nlsList(conc ~ SSfol(Dose, Time, lKe, lKa, lCl) | Subject). The peer
/// file is keyed by the CSV's subject labels; R's datasets::Theoph carries the same labels but orders them by maximum
/// concentration (6, 7, 8, 11, 3, 2, 4, 9, 12, 10, 1, 5), so subjects are matched by label.
/// </summary>
public sealed class TheophyllinePeerTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void Every_theophylline_subject_fit_matches_r_nlslist_ssfol_estimates_standard_errors_residual_error_and_aic()
    {
        // Peer: R 4.2.2 with nlme 3.1.162, written by Peers/theophylline_nlslist.R; every subject converged in R.
        var peer = PharmacokineticProfiles.Peer("theophylline-nlslist-r.csv");
        var profiles = PharmacokineticProfiles.Theophylline();
        var differences = new Dictionary<string, double>(StringComparer.Ordinal);

        Assert.Equal(12, profiles.Count);
        foreach (var profile in profiles)
        {
            var fit = LevenbergMarquardt.Fit(
                OneCompartmentOralFit.Problem(profile.Dose, profile.Times, profile.Concentrations, 0.08, 1.5, 0.04, $"theophylline subject {profile.Subject}"),
                new LevenbergMarquardtOptions { Seed = 20 });
            var r = peer[profile.Subject];

            Assert.True(fit.Converged, fit.Reason);
            Compare(differences, profile.Subject, "lKe", r["lKe"], fit["ke"].LogValue);
            Compare(differences, profile.Subject, "lKa", r["lKa"], fit["ka"].LogValue);
            Compare(differences, profile.Subject, "lCl", r["lCl"], fit["CL"].LogValue);
            Compare(differences, profile.Subject, "se_lKe", r["se_lKe"], fit["ke"].LogStandardError);
            Compare(differences, profile.Subject, "se_lKa", r["se_lKa"], fit["ka"].LogStandardError);
            Compare(differences, profile.Subject, "se_lCl", r["se_lCl"], fit["CL"].LogStandardError);
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
