using MedTwin.Physiology.Controllers;

namespace MedTwin.Tests.Physiology.Controllers;

public sealed class TherapySettingsTests
{
    [Fact]
    public void Settings_from_body_weight_follow_the_500_and_1800_rules_with_half_the_daily_dose_as_basal()
    {
        var settings = TherapySettings.FromBodyWeight(80, unitsPerKilogramPerDay: 0.5);

        Assert.Equal(20.0 / 24, settings.BasalUnitsPerHour, 12);
        Assert.Equal(12.5, settings.CarbRatioGramsPerUnit, 12);
        Assert.Equal(45, settings.CorrectionFactorMgPerDlPerUnit, 12);
    }

    [Fact]
    public void A_negative_carb_ratio_or_weight_is_rejected_naming_it()
    {
        Assert.Equal("CarbRatioGramsPerUnit", Assert.Throws<ArgumentOutOfRangeException>(() => new TherapySettings { BasalUnitsPerHour = 1, CarbRatioGramsPerUnit = -10, CorrectionFactorMgPerDlPerUnit = 40 }).ParamName);
        Assert.Equal("CorrectionFactorMgPerDlPerUnit", Assert.Throws<ArgumentOutOfRangeException>(() => new TherapySettings { BasalUnitsPerHour = 1, CarbRatioGramsPerUnit = 10, CorrectionFactorMgPerDlPerUnit = double.NaN }).ParamName);
        Assert.Equal("weightKilograms", Assert.Throws<ArgumentOutOfRangeException>(() => TherapySettings.FromBodyWeight(-70)).ParamName);
    }
}
