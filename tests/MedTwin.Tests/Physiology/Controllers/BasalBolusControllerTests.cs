using MedTwin.Physiology.Controllers;

namespace MedTwin.Tests.Physiology.Controllers;

public sealed class BasalBolusControllerTests
{
    private static readonly TherapySettings Settings = new() { BasalUnitsPerHour = 0.9, CarbRatioGramsPerUnit = 10, CorrectionFactorMgPerDlPerUnit = 40, TargetMgPerDl = 120 };

    [Fact]
    public void Without_a_meal_it_proposes_the_basal_rate_and_no_bolus()
    {
        var proposal = new BasalBolusController(new BasalBolusOptions { Settings = Settings }).Propose(new ControllerInput(0, 250));

        Assert.Equal((0.9, 0.0, false), (proposal.BasalUnitsPerHour, proposal.BolusUnits, proposal.WasLimited));
        Assert.Contains("no meal", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meal_bolus_is_carbs_over_carb_ratio_plus_the_correction_above_target()
    {
        var proposal = new BasalBolusController(new BasalBolusOptions { Settings = Settings }).Propose(new ControllerInput(0, 200, 60));

        Assert.Equal(6 + 2, proposal.BolusUnits, 12);
        Assert.Equal("meal 60 g / CR 10 = 6 U; correction (200 - 120) / CF 40 = 2 U, minus IOB 0 U = 2 U", proposal.Reason);
    }

    [Fact]
    public void Below_target_there_is_no_negative_correction()
    {
        var proposal = new BasalBolusController(new BasalBolusOptions { Settings = Settings }).Propose(new ControllerInput(0, 80, 30));

        Assert.Equal(3, proposal.BolusUnits, 12);
    }

    [Fact]
    public void Insulin_on_board_reduces_the_correction_but_never_the_meal_part()
    {
        var controller = new BasalBolusController(new BasalBolusOptions { Settings = Settings });
        controller.Propose(new ControllerInput(0, 120, 40));

        var halfAnHourLater = controller.Propose(new ControllerInput(30, 200, 20));
        var withoutSubtraction = new BasalBolusController(new BasalBolusOptions { Settings = Settings, SubtractInsulinOnBoard = false });
        withoutSubtraction.Propose(new ControllerInput(0, 120, 40));

        // 4 U on board decays to 3.5 U after 30 of 240 min; it cancels the 2 U correction and leaves the 2 U meal part.
        Assert.Equal(2, halfAnHourLater.BolusUnits, 12);
        Assert.Equal(4, withoutSubtraction.Propose(new ControllerInput(30, 200, 20)).BolusUnits, 12);
    }

    [Fact]
    public void A_bolus_beyond_the_safety_limit_is_reduced_and_the_reason_says_so()
    {
        var controller = new BasalBolusController(new BasalBolusOptions { Settings = Settings, Limits = new ControllerSafetyLimits { MaximumBolusUnits = 5 } });

        var proposal = controller.Propose(new ControllerInput(0, 120, 100));

        Assert.Equal(5, proposal.BolusUnits);
        Assert.True(proposal.WasLimited);
        Assert.EndsWith("bolus 10 U limited to 5 U", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_rejected_naming_what_is_wrong()
    {
        var controller = new BasalBolusController(new BasalBolusOptions { Settings = Settings });
        controller.Propose(new ControllerInput(10, 120));

        Assert.Contains("strictly increasing", Assert.Throws<ArgumentException>(() => controller.Propose(new ControllerInput(5, 120))).Message, StringComparison.Ordinal);
        Assert.Contains("CgmMgPerDl is NaN", Assert.Throws<ArgumentException>(() => controller.Propose(new ControllerInput(20, double.NaN))).Message, StringComparison.Ordinal);
        Assert.Contains("AnnouncedCarbsGrams is -5", Assert.Throws<ArgumentException>(() => controller.Propose(new ControllerInput(30, 120, -5))).Message, StringComparison.Ordinal);
        Assert.Equal("MaximumBolusUnits", Assert.Throws<ArgumentOutOfRangeException>(() => new ControllerSafetyLimits { MaximumBolusUnits = -1 }).ParamName);
    }

    [Fact]
    public void Safety_limits_reject_negative_or_nan_proposals_and_an_empty_reason()
    {
        var limits = new ControllerSafetyLimits();

        Assert.Equal("basalUnitsPerHour", Assert.Throws<ArgumentOutOfRangeException>(() => limits.Bound(0, -1, 0, "why")).ParamName);
        Assert.Equal("bolusUnits", Assert.Throws<ArgumentOutOfRangeException>(() => limits.Bound(0, 1, double.NaN, "why")).ParamName);
        Assert.Equal("timeMinutes", Assert.Throws<ArgumentOutOfRangeException>(() => limits.Bound(double.NaN, 1, 0, "why")).ParamName);
        Assert.Throws<ArgumentException>(() => limits.Bound(0, 1, 0, string.Empty));
    }
}
