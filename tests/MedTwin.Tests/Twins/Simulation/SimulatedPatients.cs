using MedTwin.Tests.Physiology.Glucose;
using MedTwin.Twins.Faults;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Simulation;

namespace MedTwin.Tests.Twins.Simulation;

/// <summary>Simulated patients for the tests, and what the tests read from their streams.</summary>
internal static class SimulatedPatients
{
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

    public static SimulatedPatientOptions Options(int seed = 11) => new()
    {
        PatientId = "p-001",
        GlucosePatient = VirtualPatients.Adult1,
        Seed = seed,
        Start = Start,
    };

    public static DateTimeOffset At(double minutes) => Start.AddMinutes(minutes);

    public static string Bytes(IEnumerable<Observation> observations) => string.Join('\n', observations.Select(TwinJson.Write));

    /// <summary>Each code's stream through a detector with the code's built-in expectations; the faults, by code.</summary>
    public static Dictionary<string, List<SensorFault>> DetectedFaults(IEnumerable<Observation> observations)
    {
        var detectors = new Dictionary<string, SensorFaultDetector>();
        var faults = new Dictionary<string, List<SensorFault>>();
        foreach (var observation in observations)
        {
            var detector = detectors.TryGetValue(observation.Code, out var known)
                ? known
                : detectors[observation.Code] = new SensorFaultDetector(ObservationCodes.BuiltIn.Single(c => c.Code == observation.Code).Faults);
            var found = detector.Observe(observation.Time, observation.Value);
            if (found.Count > 0)
            {
                (faults.TryGetValue(observation.Code, out var list) ? list : faults[observation.Code] = []).AddRange(found);
            }
        }

        return faults;
    }
}
