using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Simulation;

/// <summary>
/// How one vital sign is measured in a simulation: by which device, how often, with what noise and to what
/// resolution. The reported value is the true value plus stationary AR(1) Gaussian noise (one draw per reading),
/// limited to the code's plausible range (a pulse oximeter never reports 101%) and rounded as the device displays it.
/// </summary>
/// <param name="Code">The LOINC code measured (one of <see cref="VitalSigns.Codes"/>).</param>
/// <param name="DeviceId">The device; several codes may share one, which then numbers all its readings in one sequence.</param>
/// <param name="Interval">Time between readings; the first is at the start of the simulation.</param>
/// <param name="NoiseStandardDeviation">Stationary standard deviation of the measurement noise, in the code's unit; 0 for a charted value.</param>
/// <param name="NoiseAutocorrelation">Lag-1 autocorrelation of the noise between consecutive readings, in [0, 1).</param>
/// <param name="Decimals">Decimal places reported (0 for whole numbers, 1 for a thermometer's 0.1 °C), halves away from zero.</param>
public sealed record VitalSignSensor(string Code, string DeviceId, TimeSpan Interval, double NoiseStandardDeviation, double NoiseAutocorrelation, int Decimals)
{
    /// <summary>
    /// A bedside monitor (respiration, SpO2 and pulse every minute), a blood-pressure cuff and a thermometer every 15
    /// minutes, and the nurse's chart (consciousness and oxygen flow, hourly, without noise): intervals as in
    /// <see cref="ObservationCodes.BuiltIn"/>. The noise levels are illustrative, of the size of the devices' stated
    /// accuracies (about ±2% SpO2, a few beats or breaths, 5 mm[Hg], 0.1 °C).
    /// </summary>
    public static IReadOnlyList<VitalSignSensor> Default { get; } =
    [
        new(ObservationCodes.RespiratoryRate, "monitor", IntervalOf(ObservationCodes.RespiratoryRate), 1.5, 0.5, 0),
        new(ObservationCodes.OxygenSaturation, "monitor", IntervalOf(ObservationCodes.OxygenSaturation), 1.2, 0.5, 0),
        new(ObservationCodes.InhaledOxygenFlow, "chart", IntervalOf(ObservationCodes.InhaledOxygenFlow), 0, 0, 1),
        new(ObservationCodes.SystolicBloodPressure, "cuff", IntervalOf(ObservationCodes.SystolicBloodPressure), 5, 0, 0),
        new(ObservationCodes.HeartRate, "monitor", IntervalOf(ObservationCodes.HeartRate), 2, 0.5, 0),
        new(ObservationCodes.Consciousness, "chart", IntervalOf(ObservationCodes.Consciousness), 0, 0, 0),
        new(ObservationCodes.BodyTemperature, "thermometer", IntervalOf(ObservationCodes.BodyTemperature), 0.1, 0.3, 1),
    ];

    private static TimeSpan IntervalOf(string code) => VitalSignRange.Of(code).Faults.ExpectedInterval;
}
