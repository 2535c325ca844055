namespace MedTwin.Data.Preparation;

/// <summary>
/// The built-in table of plausible ranges for common vital signs and laboratory values, used by
/// <see cref="CheckPlausibility"/>. These are limits of what can be measured in a living person, not reference
/// (normal) ranges: a value outside them is an error of recording or of units. A study overrides any bound per column.
/// </summary>
public static class PhysiologicalRanges
{
    // Most ranges are the "VALID LOW"/"VALID HIGH" columns of MIMIC-Extract's resources/mimiciv_variable_ranges.csv
    // (Wang et al., MIMIC-Extract, ACM CHIL 2020), whose units are those of MIMIC: mEq/L equals mmol/L for the
    // monovalent ions sodium and potassium. Where MIMIC-Extract's lower limit is 0 it stays 0: a recorded zero is then
    // usually a "not measured" sentinel, which a declareMissing step handles before this check.
    private const string MimicExtract = "MIMIC-Extract (Wang et al., ACM CHIL 2020), resources/mimiciv_variable_ranges.csv, VALID LOW/VALID HIGH";

    // Chan & Raffa (2017), Veterans Health Administration weights, as summarised in the review of weight-cleaning
    // algorithms in JMIR Med Inform 2022;10(3):e30328: weights below 22.7 kg (50 lb) or above 340.2 kg
    // (750 lb) and BMI ≤ 10 or ≥ 100 kg/m2 are implausible. The table's closed BMI range 10–100 differs from that only at
    // the two boundary values.
    private const string ChanRaffa = "Chan & Raffa 2017, VA weight-cleaning algorithm (as summarised in JMIR Med Inform 2022;10(3):e30328)";

    // The longest documented human life span is 122 years (Jeanne Calment, 1875–1997); 125 leaves a margin.
    private const string LifeSpan = "Longest documented human life span, 122 years (Jeanne Calment, 1875-1997), with a margin";

    /// <summary>Every built-in range, ordered by variable name (ordinal).</summary>
    public static IReadOnlyList<PhysiologicalRange> All { get; } =
    [
        .. new PhysiologicalRange[]
        {
            new("heartRate", "Heart rate", "/min", 0, 350, MimicExtract),
            new("respiratoryRate", "Respiratory rate", "/min", 0, 300, MimicExtract),
            new("oxygenSaturation", "Oxygen saturation (SpO2 or SaO2)", "%", 0, 100, MimicExtract),
            new("bodyTemperature", "Body temperature", "Cel", 26, 45, MimicExtract),
            new("systolicBloodPressure", "Systolic blood pressure", "mm[Hg]", 0, 375, MimicExtract),
            new("diastolicBloodPressure", "Diastolic blood pressure", "mm[Hg]", 0, 375, MimicExtract),
            new("meanArterialPressure", "Mean arterial blood pressure", "mm[Hg]", 14, 330, MimicExtract),
            new("glucose", "Glucose in blood, serum or plasma", "mg/dL", 33, 2000, MimicExtract),
            new("bodyHeight", "Body height", "cm", 0, 240, MimicExtract),
            new("bodyWeight", "Body weight", "kg", 22.7, 340.2, ChanRaffa),
            new("bmi", "Body mass index", "kg/m2", 10, 100, ChanRaffa),
            new("age", "Age", "a", 0, 125, LifeSpan),
            new("creatinine", "Creatinine in serum or plasma", "mg/dL", 0.1, 60, MimicExtract),
            new("cholesterol", "Total cholesterol in serum or plasma", "mg/dL", 32, 600, MimicExtract),
            new("potassium", "Potassium in serum or plasma", "mmol/L", 0, 12, MimicExtract),
            new("sodium", "Sodium in serum or plasma", "mmol/L", 50, 225, MimicExtract),
            new("chloride", "Chloride in serum or plasma", "mmol/L", 50, 175, MimicExtract),
            new("bicarbonate", "Bicarbonate in serum or plasma", "mmol/L", 0, 60, MimicExtract),
            new("hemoglobin", "Hemoglobin in blood", "g/dL", 0, 25, MimicExtract),
            new("lactate", "Lactate in blood", "mmol/L", 0.4, 30, MimicExtract),
            new("ph", "pH of blood", "[pH]", 6.3, 8.4, MimicExtract),
        }.OrderBy(r => r.Variable, StringComparer.Ordinal),
    ];

    /// <summary>The range for a variable, or <c>null</c> when the table has none.</summary>
    public static PhysiologicalRange? Find(string variable) =>
        All.FirstOrDefault(r => string.Equals(r.Variable, variable, StringComparison.Ordinal));
}
