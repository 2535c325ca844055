using MedTwin.Twins.EarlyWarning;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Simulation;

/// <summary>
/// An illustrative deterioration, not fitted to any patient data: from <see cref="Onset"/> the temperature, pulse and
/// respiration rise and the systolic pressure and saturation fall, each linearly over its own ramp; oxygen is started
/// when the saturation has fallen, which lifts it again; new confusion comes last. The direction of each change is that
/// of the signs sepsis screening and NEWS2 look for; the values are chosen so that a healthy adult's score climbs from 0
/// through the medium band to high (about 15 once confused). Every value is a property, so a study states its own.
/// </summary>
public sealed record SepsisLikeCourse
{
    /// <summary>When the deterioration begins, from the start of the simulation.</summary>
    public TimeSpan Onset { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Respiration rate reached (/min) and how long it takes.</summary>
    public VitalSignRamp RespiratoryRate { get; init; } = new(26, TimeSpan.FromHours(8));

    /// <summary>Saturation reached on air (%) and how long it takes.</summary>
    public VitalSignRamp OxygenSaturation { get; init; } = new(91, TimeSpan.FromHours(6));

    /// <summary>Systolic blood pressure reached (mm[Hg]) and how long it takes.</summary>
    public VitalSignRamp SystolicBloodPressure { get; init; } = new(96, TimeSpan.FromHours(8));

    /// <summary>Heart rate reached (/min) and how long it takes.</summary>
    public VitalSignRamp HeartRate { get; init; } = new(118, TimeSpan.FromHours(6));

    /// <summary>Temperature reached (Cel) and how long it takes.</summary>
    public VitalSignRamp Temperature { get; init; } = new(39.3, TimeSpan.FromHours(6));

    /// <summary>When oxygen is started, after <see cref="Onset"/>; null keeps the patient on air.</summary>
    public TimeSpan? OxygenStartsAfter { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The oxygen flow started (L/min).</summary>
    public double OxygenFlow { get; init; } = 2;

    /// <summary>The saturation the oxygen lifts the patient to (%), and how long it takes from the oxygen's start.</summary>
    public VitalSignRamp OxygenSaturationOnOxygen { get; init; } = new(94, TimeSpan.FromHours(1));

    /// <summary>When new confusion begins, after <see cref="Onset"/>.</summary>
    public TimeSpan NewConfusionAfter { get; init; } = TimeSpan.FromHours(8);

    /// <summary>The course from <paramref name="baseline"/> (default: <see cref="VitalSigns.HealthyAdult"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is implausible or a time negative; the message names the change.</exception>
    /// <exception cref="ArgumentException">Oxygen starts before the saturation's fall on air has ended.</exception>
    public VitalSignsTrajectory ToTrajectory(VitalSigns? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(RespiratoryRate);
        ArgumentNullException.ThrowIfNull(OxygenSaturation);
        ArgumentNullException.ThrowIfNull(SystolicBloodPressure);
        ArgumentNullException.ThrowIfNull(HeartRate);
        ArgumentNullException.ThrowIfNull(Temperature);
        ArgumentNullException.ThrowIfNull(OxygenSaturationOnOxygen);
        List<VitalSignChange> changes =
        [
            Ramp(ObservationCodes.RespiratoryRate, RespiratoryRate),
            Ramp(ObservationCodes.OxygenSaturation, OxygenSaturation),
            Ramp(ObservationCodes.SystolicBloodPressure, SystolicBloodPressure),
            Ramp(ObservationCodes.HeartRate, HeartRate),
            Ramp(ObservationCodes.BodyTemperature, Temperature),
            new(ObservationCodes.Consciousness, Onset + NewConfusionAfter, TimeSpan.Zero, (int)Consciousness.NewConfusion),
        ];
        if (OxygenStartsAfter is { } oxygen)
        {
            changes.Add(new(ObservationCodes.InhaledOxygenFlow, Onset + oxygen, TimeSpan.Zero, OxygenFlow));
            changes.Add(new(ObservationCodes.OxygenSaturation, Onset + oxygen, OxygenSaturationOnOxygen.Duration, OxygenSaturationOnOxygen.Value));
        }

        return new VitalSignsTrajectory(baseline ?? VitalSigns.HealthyAdult, changes);
    }

    private VitalSignChange Ramp(string code, VitalSignRamp ramp) => new(code, Onset, ramp.Duration, ramp.Value);
}
