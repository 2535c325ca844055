namespace MedTwin.Physiology.Controllers;

/// <summary>A patient's basal–bolus settings.</summary>
public sealed record TherapySettings
{
    /// <summary>Basal rate (U/h).</summary>
    public required double BasalUnitsPerHour { get; init => field = Require.NonNegative(value, nameof(BasalUnitsPerHour)); }

    /// <summary>Carb ratio: grams of carbohydrate one unit covers (g/U).</summary>
    public required double CarbRatioGramsPerUnit { get; init => field = Require.Positive(value, nameof(CarbRatioGramsPerUnit)); }

    /// <summary>Correction factor: how far one unit lowers glucose (mg/dL per U).</summary>
    public required double CorrectionFactorMgPerDlPerUnit { get; init => field = Require.Positive(value, nameof(CorrectionFactorMgPerDlPerUnit)); }

    /// <summary>Glucose target of corrections (mg/dL).</summary>
    public double TargetMgPerDl { get; init => field = Require.Positive(value, nameof(TargetMgPerDl)); } = 120;

    /// <summary>Duration of insulin action for insulin on board (min).</summary>
    public double InsulinActionMinutes { get; init => field = Require.Positive(value, nameof(InsulinActionMinutes)); } = 240;

    /// <summary>
    /// Settings from body weight by the commonly taught rules: total daily dose TDD = <paramref name="unitsPerKilogramPerDay"/>
    /// × weight (0.55 U/kg/day is the usual starting estimate in type 1 diabetes), half of it basal (TDD/2 over 24 h),
    /// carb ratio 500/TDD g/U (the "500 rule") and correction factor 1800/TDD mg/dL per U (the "1800 rule" for
    /// rapid-acting insulin).
    /// </summary>
    public static TherapySettings FromBodyWeight(double weightKilograms, double unitsPerKilogramPerDay = 0.55)
    {
        Require.Positive(weightKilograms, nameof(weightKilograms));
        Require.Positive(unitsPerKilogramPerDay, nameof(unitsPerKilogramPerDay));
        var totalDailyDose = weightKilograms * unitsPerKilogramPerDay;
        return new TherapySettings
        {
            BasalUnitsPerHour = totalDailyDose / 2 / 24,
            CarbRatioGramsPerUnit = 500 / totalDailyDose,
            CorrectionFactorMgPerDlPerUnit = 1800 / totalDailyDose,
        };
    }
}
