namespace MedTwin.Data.Units;

/// <summary>
/// The built-in analytes. Molar masses are computed from the IUPAC standard atomic weights (C 12.011, H 1.008,
/// N 14.007, O 15.999) unless a note says otherwise, and agree with the conventional SI conversion factors of the
/// clinical laboratory (Young DS, Ann Intern Med 1987;106:114-29; the SI conversion table of the AMA Manual of Style).
/// LOINC codes: the [Mass/volume] and [Moles/volume] codes of the analyte in serum or plasma (and blood, for glucose).
/// </summary>
public sealed partial class Analyte
{
    /// <summary>Glucose, C₆H₁₂O₆, 180.156 g/mol: 1 mmol/L = 18.016 mg/dL. LOINC 2345-7 (serum/plasma), 2339-0 (blood).</summary>
    public static Analyte Glucose { get; } =
        new("glucose", 180.156, null, [], ["2345-7", "14749-6", "2339-0", "15074-8"], null);

    /// <summary>Creatinine, C₄H₇N₃O, 113.12 g/mol: 1 mg/dL = 88.40 µmol/L (the conventional factor is 88.4). LOINC 2160-0.</summary>
    public static Analyte Creatinine { get; } =
        new("creatinine", 113.12, null, [], ["2160-0", "14682-9"], null);

    /// <summary>Cholesterol, C₂₇H₄₆O, 386.65 g/mol: 1 mmol/L = 38.67 mg/dL. LOINC 2093-3.</summary>
    public static Analyte Cholesterol { get; } =
        new("cholesterol", 386.65, null, ["total cholesterol"], ["2093-3", "14647-2"], null);

    /// <summary>Triglycerides as triolein, 885.7 g/mol: 1 mmol/L = 88.57 mg/dL. LOINC 2571-8.</summary>
    public static Analyte Triglycerides { get; } =
        new("triglycerides", 885.7, null, ["triglyceride"], ["2571-8", "14927-8"],
            "Expressed as triolein; 885.7 g/mol is the conventional value behind the SI factor 0.01129 (mg/dL to mmol/L).");

    /// <summary>Urea nitrogen (BUN), counted as its two nitrogen atoms, 28.014 g/mol: 1 mmol/L = 2.801 mg/dL. LOINC 3094-0.</summary>
    public static Analyte UreaNitrogen { get; } =
        new("urea nitrogen", 28.014, null, ["BUN", "blood urea nitrogen"], ["3094-0", "14937-7"],
            "The mass of the two nitrogen atoms of one urea molecule (2 × 14.007 g/mol), so mmol/L of urea nitrogen is mmol/L of urea.");

    /// <summary>Urea, CH₄N₂O, 60.056 g/mol: 1 mmol/L = 6.006 mg/dL. LOINC 3091-6.</summary>
    public static Analyte Urea { get; } =
        new("urea", 60.056, null, [], ["3091-6", "22664-7"], null);

    /// <summary>Bilirubin, C₃₃H₃₆N₄O₆, 584.66 g/mol: 1 mg/dL = 17.10 µmol/L. LOINC 1975-2 (total).</summary>
    public static Analyte Bilirubin { get; } =
        new("bilirubin", 584.66, null, ["total bilirubin"], ["1975-2", "14631-6"], null);

    /// <summary>Calcium, Ca²⁺, 40.078 g/mol: 1 mg/dL = 0.2495 mmol/L = 0.4990 meq/L. LOINC 17861-6.</summary>
    public static Analyte Calcium { get; } =
        new("calcium", 40.078, 2, ["Ca"], ["17861-6", "2000-8"], null);

    /// <summary>Uric acid (urate), C₅H₄N₄O₃, 168.11 g/mol: 1 mg/dL = 59.48 µmol/L. LOINC 3084-1.</summary>
    public static Analyte UricAcid { get; } =
        new("uric acid", 168.11, null, ["urate"], ["3084-1", "14933-6"], null);

    /// <summary>Haemoglobin as the monomer (one haem), 16 114.5 g/mol: 1 g/dL = 0.6206 mmol/L. LOINC 718-7 (blood).</summary>
    public static Analyte Hemoglobin { get; } =
        new("haemoglobin", 16_114.5, null, ["hemoglobin", "Hb", "Hgb"], ["718-7"],
            "Amount of substance of the monomer (one haem group): a quarter of the tetramer's 64 458 g/mol, as mmol/L reporting "
            + "(e.g. in the Netherlands) uses; the tetramer would give values four times smaller. g/dL to g/L needs no analyte.");

    /// <summary>Sodium, Na⁺, 22.990 g/mol: monovalent, so mmol/L equals meq/L. LOINC 2951-2.</summary>
    public static Analyte Sodium { get; } =
        new("sodium", 22.990, 1, ["Na"], ["2951-2"], null);

    /// <summary>Potassium, K⁺, 39.098 g/mol: monovalent, so mmol/L equals meq/L. LOINC 2823-3.</summary>
    public static Analyte Potassium { get; } =
        new("potassium", 39.098, 1, [], ["2823-3"], null);

    /// <summary>Chloride, Cl⁻, 35.453 g/mol: monovalent, so mmol/L equals meq/L. LOINC 2075-0.</summary>
    public static Analyte Chloride { get; } =
        new("chloride", 35.453, -1, ["Cl"], ["2075-0"], null);

    /// <summary>Magnesium, Mg²⁺, 24.305 g/mol: 1 mg/dL = 0.4114 mmol/L. LOINC 19123-9.</summary>
    public static Analyte Magnesium { get; } =
        new("magnesium", 24.305, 2, ["Mg"], ["19123-9", "2601-3"], null);

    /// <summary>Inorganic phosphate reported as phosphorus, 30.974 g/mol: 1 mg/dL = 0.3229 mmol/L. LOINC 2777-1.</summary>
    public static Analyte Phosphate { get; } =
        new("phosphate", 30.974, null, ["phosphorus", "inorganic phosphate"], ["2777-1", "14879-1"],
            "Laboratories report phosphate as the mass of its phosphorus (30.974 g/mol); its charge depends on pH, so no valence is given.");

    /// <summary>Every built-in analyte, in the order above.</summary>
    public static IReadOnlyList<Analyte> BuiltIn { get; } =
    [
        Glucose, Creatinine, Cholesterol, Triglycerides, UreaNitrogen, Urea, Bilirubin, Calcium, UricAcid, Hemoglobin,
        Sodium, Potassium, Chloride, Magnesium, Phosphate,
    ];
}
