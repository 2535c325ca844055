using System.Globalization;
using System.Text;

namespace MedTwin.Physiology.GlucoseOutcomes;

/// <summary>
/// The outcome metrics of one glucose trace (mg/dL). Percentages are of readings (each reading weighs the same), as
/// the international consensus on time in range computes them from CGM data (Battelino et al. 2019, Diabetes Care
/// 42:1593).
/// </summary>
/// <param name="ReadingCount">How many readings the metrics summarise.</param>
/// <param name="DurationMinutes">Minutes from the first to the last reading.</param>
/// <param name="PercentInRange">Readings in 70–180 mg/dL inclusive (%).</param>
/// <param name="PercentBelow70">Readings below 70 mg/dL (%), level 1 and 2 hypoglycaemia together.</param>
/// <param name="PercentBelow54">Readings below 54 mg/dL (%), level 2 hypoglycaemia.</param>
/// <param name="PercentAbove180">Readings above 180 mg/dL (%), level 1 and 2 hyperglycaemia together.</param>
/// <param name="PercentAbove250">Readings above 250 mg/dL (%), level 2 hyperglycaemia.</param>
/// <param name="MeanMgPerDl">Mean glucose (mg/dL).</param>
/// <param name="StandardDeviationMgPerDl">Sample standard deviation, divisor n − 1 (mg/dL).</param>
/// <param name="CoefficientOfVariationPercent">100·SD/mean (%); the consensus target is 36% or less.</param>
/// <param name="GlucoseManagementIndicatorPercent">GMI = 3.31 + 0.02392·mean (%, Bergenstal et al. 2018).</param>
/// <param name="LowBloodGlucoseIndex">LBGI, the mean of the low-glucose risk rl over the readings.</param>
/// <param name="HighBloodGlucoseIndex">HBGI, the mean of the high-glucose risk rh over the readings.</param>
public sealed record GlucoseOutcomeSummary(
    int ReadingCount,
    double DurationMinutes,
    double PercentInRange,
    double PercentBelow70,
    double PercentBelow54,
    double PercentAbove180,
    double PercentAbove250,
    double MeanMgPerDl,
    double StandardDeviationMgPerDl,
    double CoefficientOfVariationPercent,
    double GlucoseManagementIndicatorPercent,
    double LowBloodGlucoseIndex,
    double HighBloodGlucoseIndex)
{
    /// <summary>Kovatchev's blood-glucose risk index, LBGI + HBGI (the mean of r over the readings).</summary>
    public double RiskIndex => LowBloodGlucoseIndex + HighBloodGlucoseIndex;

    /// <summary>The metrics as aligned text lines, formatted culture-invariantly.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        Line(text, "Readings", ReadingCount.ToString(CultureInfo.InvariantCulture), string.Empty);
        Line(text, "Duration", Format(DurationMinutes, "F0"), "min");
        Line(text, "Time in range 70-180", Format(PercentInRange, "F1"), "%");
        Line(text, "Time below 70", Format(PercentBelow70, "F1"), "%");
        Line(text, "Time below 54", Format(PercentBelow54, "F1"), "%");
        Line(text, "Time above 180", Format(PercentAbove180, "F1"), "%");
        Line(text, "Time above 250", Format(PercentAbove250, "F1"), "%");
        Line(text, "Mean glucose", Format(MeanMgPerDl, "F1"), "mg/dL");
        Line(text, "SD", Format(StandardDeviationMgPerDl, "F1"), "mg/dL");
        Line(text, "CV", Format(CoefficientOfVariationPercent, "F1"), "%");
        Line(text, "GMI", Format(GlucoseManagementIndicatorPercent, "F2"), "%");
        Line(text, "LBGI", Format(LowBloodGlucoseIndex, "F2"), string.Empty);
        Line(text, "HBGI", Format(HighBloodGlucoseIndex, "F2"), string.Empty);
        Line(text, "Risk index", Format(RiskIndex, "F2"), string.Empty);
        return text.ToString();
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string name, string value, string unit) =>
        text.Append(name.PadRight(22)).Append(value.PadLeft(9)).Append(unit.Length == 0 ? string.Empty : " " + unit).Append('\n');
}
