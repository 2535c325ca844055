using MedTwin.Physiology.Vaccines;

namespace MedTwin.Tests.Physiology.Vaccines;

public sealed class ProtectionCurveTests
{
    private static readonly ProtectionCurve Symptomatic = ProtectionCurve.KhouryAgainstSymptomaticInfection;

    [Theory]
    [InlineData(0.202, 0.5)]
    [InlineData(2.02, 0.95257412682243336)] // one log₁₀ above n50: 1/(1 + e^−3)
    [InlineData(0.0202, 0.047425873177566781)]
    [InlineData(0, 0)]
    public void Protection_is_logistic_in_log10_titre_with_khoury_s_n50_and_slope(double titre, double protection)
    {
        Assert.Equal(protection, Symptomatic.Protection(titre), 1e-12);
    }

    [Fact]
    public void The_titre_for_a_protection_level_inverts_the_curve()
    {
        // 90%: n50·10^(ln 9/3).
        Assert.Equal(0.202 * Math.Pow(10, Math.Log(9) / 3), Symptomatic.TitreFor(0.9), 1e-12);
        Assert.Equal(0.9, Symptomatic.Protection(Symptomatic.TitreFor(0.9)), 1e-12);
        Assert.Equal(0.030, ProtectionCurve.KhouryAgainstSevereInfection.TitreFor(0.5), 1e-15);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void A_protection_level_outside_zero_to_one_has_no_titre(double protection)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Symptomatic.TitreFor(protection));

        Assert.Equal("protection", error.ParamName);
    }
}
