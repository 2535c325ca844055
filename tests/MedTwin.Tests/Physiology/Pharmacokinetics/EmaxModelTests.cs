using MedTwin.Physiology.Pharmacokinetics;

namespace MedTwin.Tests.Physiology.Pharmacokinetics;

public sealed class EmaxModelTests
{
    [Fact]
    public void At_ec50_the_effect_is_baseline_plus_half_the_maximum_whatever_the_hill_coefficient()
    {
        foreach (var hill in new[] { 0.5, 1, 3 })
        {
            var model = new EmaxModel { Baseline = 10, MaximumEffect = 80, HalfMaximalConcentration = 4, HillCoefficient = hill };

            Assert.Equal(50, model.Effect(4), 1e-12);
        }
    }

    [Fact]
    public void The_sigmoid_effect_follows_e0_plus_emax_c_to_the_h_over_ec50_to_the_h_plus_c_to_the_h()
    {
        var model = new EmaxModel { Baseline = 2, MaximumEffect = -1.5, HalfMaximalConcentration = 3, HillCoefficient = 2.5 };

        Assert.Equal(2, model.Effect(0));
        Assert.Equal(2 - (1.5 * Math.Pow(7, 2.5) / (Math.Pow(3, 2.5) + Math.Pow(7, 2.5))), model.Effect(7), 1e-14);
        Assert.Equal(0.5, model.Effect(1e12), 1e-12);
    }

    [Fact]
    public void A_negative_concentration_or_ec50_is_refused_with_the_value_named()
    {
        var model = new EmaxModel { MaximumEffect = 1, HalfMaximalConcentration = 1 };

        Assert.Equal("concentration", Assert.Throws<ArgumentOutOfRangeException>(() => model.Effect(-1)).ParamName);
        Assert.Equal("HalfMaximalConcentration", Assert.Throws<ArgumentOutOfRangeException>(() => model with { HalfMaximalConcentration = -2 }).ParamName);
    }
}
