using MedTwin.Tests.Twins.Simulation;
using MedTwin.Twins.Faults;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Replay;
using MedTwin.Twins.Simulation;

namespace MedTwin.Tests.Twins.Replay;

/// <summary>A recorded stream committed beside this file, for replay in tests and studies: regenerated exactly from its seed.</summary>
public sealed class RecordedStreamTests
{
    private static readonly string Verified = Path.Combine(
        RepositoryPaths.Root, "tests", "MedTwin.Tests", "Twins", "Replay", $"{nameof(RecordedStreamTests)}.{nameof(A_deteriorating_patient_with_a_monitor_dropout_records_as_verified)}.verified.csv");

    /// <summary>Twelve hours of the sepsis-like course from a healthy start, with the bedside monitor silent for 20 minutes at 05:00.</summary>
    private static SimulatedPatient DeterioratingPatient() => new(SimulatedPatients.Options(seed: 2026) with
    {
        Vitals = new SepsisLikeCourse().ToTrajectory(),
        Faults = [new InjectedDropout("monitor", TimeSpan.FromHours(5), TimeSpan.FromHours(5) + TimeSpan.FromMinutes(20))],
    });

    /// <summary>On a difference the new recording is written beside the verified one as <c>.received.csv</c>.</summary>
    [Fact]
    public void A_deteriorating_patient_with_a_monitor_dropout_records_as_verified()
    {
        var received = Path.ChangeExtension(Path.ChangeExtension(Verified, null), ".received.csv");
        ObservationRecording.Record(DeterioratingPatient(), SimulatedPatients.At(12 * 60), received);

        var text = File.ReadAllText(received);
        if (text == File.ReadAllText(Verified).ReplaceLineEndings("\n"))
        {
            File.Delete(received);
        }

        Assert.Equal(File.ReadAllText(Verified).ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void The_verified_recording_reads_without_a_rejection_and_shows_the_dropout_to_the_fault_detector()
    {
        var lines = ObservationRecording.Read(Verified).ToList();

        Assert.All(lines, line => Assert.Null(line.Rejection));
        var faults = SimulatedPatients.DetectedFaults(lines.Select(line => line.Observation!));
        Assert.Equal([ObservationCodes.OxygenSaturation, ObservationCodes.HeartRate, ObservationCodes.RespiratoryRate], faults.Keys.Order(StringComparer.Ordinal));
        Assert.All(faults.Values, list => Assert.Equal((SensorFaultKind.Dropout, SimulatedPatients.At(320)), (Assert.Single(list).Kind, list[0].Time)));
    }
}
