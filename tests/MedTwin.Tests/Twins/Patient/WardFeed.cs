using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;

namespace MedTwin.Tests.Twins.Patient;

/// <summary>Feeds a twin the way a ward's devices would: each device numbers its own readings.</summary>
internal sealed class WardFeed(PatientTwin twin)
{
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, long> sequences = [];

    public List<TwinUpdate> Updates { get; } = [];

    public static DateTimeOffset Minute(double minutes) => Start.AddMinutes(minutes);

    public Observation Reading(string code, double value, string unit, double minute, string? device = null)
    {
        device ??= DeviceOf(code);
        var sequence = sequences[device] = sequences.GetValueOrDefault(device) + 1;
        return new Observation(twin.PatientId, code, value, unit, Minute(minute), device, sequence);
    }

    public TwinUpdate Send(string code, double value, string unit, double minute, string? device = null) => Send(Reading(code, value, unit, minute, device));

    public TwinUpdate Send(Observation observation)
    {
        var update = twin.Accept(observation, observation.Time);
        Updates.Add(update);
        return update;
    }

    /// <summary>One full set of NEWS2 parameters at <paramref name="minute"/>; returns the updates in chart order.</summary>
    public IReadOnlyList<TwinUpdate> Vitals(double minute, double respiration = 16, double saturation = 97, double oxygenFlow = 0, double systolic = 125, double pulse = 75, int consciousness = 0, double temperature = 36.9) =>
    [
        Send(ObservationCodes.RespiratoryRate, respiration, "/min", minute),
        Send(ObservationCodes.OxygenSaturation, saturation, "%", minute),
        Send(ObservationCodes.InhaledOxygenFlow, oxygenFlow, "L/min", minute),
        Send(ObservationCodes.SystolicBloodPressure, systolic, "mm[Hg]", minute),
        Send(ObservationCodes.HeartRate, pulse, "/min", minute),
        Send(ObservationCodes.Consciousness, consciousness, "{ACVPU}", minute),
        Send(ObservationCodes.BodyTemperature, temperature, "Cel", minute),
    ];

    public IEnumerable<MedTwin.Twins.Alerts.TwinAlert> Alerts => Updates.SelectMany(u => u.Alerts);

    private static string DeviceOf(string code) => code switch
    {
        ObservationCodes.SystolicBloodPressure => "cuff-1",
        ObservationCodes.BodyTemperature => "thermometer-1",
        ObservationCodes.Consciousness or ObservationCodes.InhaledOxygenFlow => "nurse-chart",
        ObservationCodes.Glucose => "cgm-1",
        _ => "monitor-1",
    };
}
