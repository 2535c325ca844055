using MedTwin.Data.Preparation;
using MedTwin.Data.Units;
using MedTwin.Twins.Faults;

namespace MedTwin.Twins.Observations;

/// <summary>
/// The observation codes a twin knows by default: the seven NEWS2 parameters and CGM glucose. Plausible ranges come from
/// <see cref="PhysiologicalRanges"/> (MIMIC-Extract's valid ranges); expected intervals are those of a bedside monitor
/// (continuous pulse, respiration and SpO2), a cuff every 15 minutes, a nurse's round and a CGM every 5 minutes.
/// A study passes its own list to change any of them.
/// </summary>
public static class ObservationCodes
{
    /// <summary>Respiratory rate (LOINC 9279-1), /min.</summary>
    public const string RespiratoryRate = "9279-1";

    /// <summary>Oxygen saturation by pulse oximetry, SpO2 (LOINC 59408-5), %.</summary>
    public const string OxygenSaturation = "59408-5";

    /// <summary>Inhaled oxygen flow rate (LOINC 3151-8), L/min; 0 means the patient breathes air.</summary>
    public const string InhaledOxygenFlow = "3151-8";

    /// <summary>Systolic blood pressure (LOINC 8480-6), mm[Hg].</summary>
    public const string SystolicBloodPressure = "8480-6";

    /// <summary>Heart rate (LOINC 8867-4), /min; NEWS2's pulse.</summary>
    public const string HeartRate = "8867-4";

    /// <summary>Body temperature (LOINC 8310-5), Cel.</summary>
    public const string BodyTemperature = "8310-5";

    /// <summary>
    /// Level of consciousness (LOINC 80288-4) on the ACVPU scale, coded 0 alert, 1 new confusion, 2 voice, 3 pain,
    /// 4 unresponsive (the order of <see cref="EarlyWarning.Consciousness"/>), unit <c>{ACVPU}</c>.
    /// </summary>
    public const string Consciousness = "80288-4";

    /// <summary>Glucose in interstitial fluid, as a CGM measures it (LOINC 99504-3), mg/dL; mmol/L is converted.</summary>
    public const string Glucose = "99504-3";

    /// <summary>The built-in codes, in the order of the NEWS2 chart, then glucose.</summary>
    public static IReadOnlyList<ObservationCode> BuiltIn { get; } =
    [
        Measured(RespiratoryRate, "Respiration rate", "respiratoryRate", TimeSpan.FromMinutes(1), maximumChangePerMinute: 15),
        Measured(OxygenSaturation, "SpO2", "oxygenSaturation", TimeSpan.FromMinutes(1), maximumChangePerMinute: 10),
        new(InhaledOxygenFlow, "Oxygen flow", "L/min", Charted(TimeSpan.FromHours(1), 0, 70, 15)),
        Measured(SystolicBloodPressure, "Systolic BP", "systolicBloodPressure", TimeSpan.FromMinutes(15), maximumChangePerMinute: 40),
        Measured(HeartRate, "Pulse", "heartRate", TimeSpan.FromMinutes(1), maximumChangePerMinute: 50),
        new(Consciousness, "Consciousness", "{ACVPU}", Charted(TimeSpan.FromHours(1), 0, 4, 4), WholeNumbers: true),
        Measured(BodyTemperature, "Temperature", "bodyTemperature", TimeSpan.FromMinutes(15), maximumChangePerMinute: 1),
        Measured(Glucose, "Glucose", "glucose", TimeSpan.FromMinutes(5), maximumChangePerMinute: 10, Analyte.Glucose),
    ];

    private static ObservationCode Measured(string code, string name, string variable, TimeSpan interval, double maximumChangePerMinute, Analyte? analyte = null)
    {
        var range = PhysiologicalRanges.Find(variable) ?? throw new InvalidOperationException($"The built-in plausible ranges have no '{variable}'.");
        return new(code, name, range.Unit, new SensorFaultOptions
        {
            ExpectedInterval = interval,
            PlausibleLow = range.Low,
            PlausibleHigh = range.High,
            MaximumChangePerMinute = maximumChangePerMinute,
        }, analyte);
    }

    // A charted value (a nurse's assessment, a prescribed oxygen flow) legitimately stays the same all day, so a flat
    // line is not a fault for it.
    private static SensorFaultOptions Charted(TimeSpan interval, double low, double high, double maximumChangePerMinute) => new()
    {
        ExpectedInterval = interval,
        PlausibleLow = low,
        PlausibleHigh = high,
        MaximumChangePerMinute = maximumChangePerMinute,
        FlatLineReadings = int.MaxValue,
    };
}
