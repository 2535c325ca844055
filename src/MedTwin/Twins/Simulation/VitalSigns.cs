using System.Globalization;
using MedTwin.Twins.EarlyWarning;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Simulation;

/// <summary>A patient's true vital signs at one instant, in the units of <see cref="ObservationCodes"/>.</summary>
/// <param name="RespiratoryRate">Breaths per minute (<c>/min</c>).</param>
/// <param name="OxygenSaturation">SpO2 (<c>%</c>).</param>
/// <param name="OxygenFlow">Inhaled oxygen flow (<c>L/min</c>); 0 means the patient breathes air.</param>
/// <param name="SystolicBloodPressure">Systolic blood pressure (<c>mm[Hg]</c>).</param>
/// <param name="HeartRate">Beats per minute (<c>/min</c>).</param>
/// <param name="Temperature">Body temperature (<c>Cel</c>).</param>
/// <param name="Consciousness">Level of consciousness (ACVPU).</param>
public sealed record VitalSigns(
    double RespiratoryRate,
    double OxygenSaturation,
    double OxygenFlow,
    double SystolicBloodPressure,
    double HeartRate,
    double Temperature,
    Consciousness Consciousness)
{
    /// <summary>A healthy adult at rest: RR 16, SpO2 97% on air, SBP 125, HR 75, 36.9 °C, alert (NEWS2 score 0).</summary>
    public static VitalSigns HealthyAdult { get; } = new(16, 97, 0, 125, 75, 36.9, Consciousness.Alert);

    /// <summary>The LOINC codes of the seven vital signs, in the order of the NEWS2 chart.</summary>
    public static IReadOnlyList<string> Codes { get; } =
    [
        ObservationCodes.RespiratoryRate,
        ObservationCodes.OxygenSaturation,
        ObservationCodes.InhaledOxygenFlow,
        ObservationCodes.SystolicBloodPressure,
        ObservationCodes.HeartRate,
        ObservationCodes.Consciousness,
        ObservationCodes.BodyTemperature,
    ];

    /// <summary>The value of the vital sign with LOINC <paramref name="code"/>, in its code's unit (consciousness coded 0–4).</summary>
    /// <exception cref="ArgumentException">The code is not one of the seven vital signs.</exception>
    public double ValueOf(string code) => code switch
    {
        ObservationCodes.RespiratoryRate => RespiratoryRate,
        ObservationCodes.OxygenSaturation => OxygenSaturation,
        ObservationCodes.InhaledOxygenFlow => OxygenFlow,
        ObservationCodes.SystolicBloodPressure => SystolicBloodPressure,
        ObservationCodes.HeartRate => HeartRate,
        ObservationCodes.BodyTemperature => Temperature,
        ObservationCodes.Consciousness => (int)Consciousness,
        _ => throw new ArgumentException($"'{code}' is not a vital sign; expected one of {string.Join(", ", Codes)}.", nameof(code)),
    };

    /// <summary>These values with the vital sign <paramref name="code"/> set to <paramref name="value"/> (consciousness coded 0–4).</summary>
    internal VitalSigns With(string code, double value) => code switch
    {
        ObservationCodes.RespiratoryRate => this with { RespiratoryRate = value },
        ObservationCodes.OxygenSaturation => this with { OxygenSaturation = value },
        ObservationCodes.InhaledOxygenFlow => this with { OxygenFlow = value },
        ObservationCodes.SystolicBloodPressure => this with { SystolicBloodPressure = value },
        ObservationCodes.HeartRate => this with { HeartRate = value },
        ObservationCodes.BodyTemperature => this with { Temperature = value },
        ObservationCodes.Consciousness => this with { Consciousness = (Consciousness)(int)value },
        _ => throw new ArgumentException($"'{code}' is not a vital sign; expected one of {string.Join(", ", Codes)}.", nameof(code)),
    };

    /// <summary>These values as a NEWS2 observation set (on oxygen when the flow is above 0), scored on SpO2 scale 1.</summary>
    public News2Observations ToNews2Observations() => new()
    {
        RespirationRate = RespiratoryRate,
        OxygenSaturation = OxygenSaturation,
        OnOxygen = OxygenFlow > 0,
        SystolicBloodPressure = SystolicBloodPressure,
        Pulse = HeartRate,
        Consciousness = Consciousness,
        Temperature = Temperature,
    };

    /// <summary>Checks every value lies in its code's plausible range and consciousness is an ACVPU level.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or not finite; the message names it.</exception>
    internal VitalSigns Validated(string parameter)
    {
        foreach (var code in Codes)
        {
            VitalSignRange.Check(code, ValueOf(code), parameter, $"{parameter}'s {VitalSignRange.Name(code)}");
        }

        return this;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"RR {RespiratoryRate}/min, SpO2 {OxygenSaturation}%, O2 {OxygenFlow} L/min, SBP {SystolicBloodPressure} mm[Hg], HR {HeartRate}/min, {Temperature} Cel, {Consciousness}");
}
