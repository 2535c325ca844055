using System.CommandLine;
using System.Globalization;
using MedTwin.Data.Snapshots;
using MedTwin.Physiology.Glucose;
using MedTwin.Reproducibility;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Replay;
using MedTwin.Twins.Simulation;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin twin simulate --out FILE</c>: a ward of simulated patients recorded as a stream to replay.</summary>
internal static class TwinSimulateCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "The recording to write: .csv or .jsonl.", Required = true };
        var patients = new Option<int>("--patients") { Description = "How many patients.", DefaultValueFactory = _ => 10 };
        var hours = new Option<double>("--hours") { Description = "How long to simulate, in hours.", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "The seed every sensor's noise derives from.", DefaultValueFactory = _ => 20261202 };
        var deteriorating = new Option<int>("--deteriorating-every") { Description = "Every n-th patient follows the sepsis-like course (0: none).", DefaultValueFactory = _ => 3 };
        var dataFolder = new Option<DirectoryInfo?>("--data") { Description = "The data folder holding the uva-padova-patients snapshot (default: as for 'medtwin data')." };
        var command = new Command("simulate", "Simulate a ward (vital signs with sensor noise, CGM on the UVA/Padova model) and record its stream for 'twin replay'.")
        {
            output, patients, hours, seed, deteriorating, dataFolder,
        };
        command.SetAction(result => CommandErrors.Guard(result, () =>
        {
            var count = result.GetValue(patients);
            var duration = result.GetValue(hours);
            var every = result.GetValue(deteriorating);
            if (count is < 1 or > 100_000)
            {
                throw new ArgumentException($"--patients must be 1 to 100000; found {count}.");
            }

            if (!double.IsFinite(duration) || duration <= 0 || duration > 24 * 28)
            {
                throw new ArgumentException($"--hours must be above 0 and at most 672 (four weeks); found {duration.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (every < 0)
            {
                throw new ArgumentException($"--deteriorating-every must be 0 or more; found {every}.");
            }

            var folder = result.GetValue(dataFolder);
            var catalog = new VirtualPatientCatalog((folder is null ? SnapshotCatalog.Discover() : new SnapshotCatalog(folder.FullName)).Open("uva-padova-patients", 1));
            var observations = Simulate(catalog, count, TimeSpan.FromHours(duration), result.GetValue(seed), every);
            ObservationRecording.Write(result.GetValue(output)!.FullName, observations);
            result.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{observations.Count} observations of {count} patient{(count == 1 ? "" : "s")} over {duration} h written to {result.GetValue(output)!.Name}"));
            return 0;
        }));
        return command;
    }

    private static List<Observation> Simulate(VirtualPatientCatalog catalog, int count, TimeSpan duration, int seed, int deterioratingEvery)
    {
        var all = new List<Observation>();
        for (var i = 0; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"patient-{i + 1:D5}");
            var patient = new SimulatedPatient(new SimulatedPatientOptions
            {
                PatientId = id,
                GlucosePatient = catalog.Patients[i % catalog.Patients.Count],
                Seed = SeedStreams.Derive(seed, id),
                Vitals = deterioratingEvery > 0 && i % deterioratingEvery == 0 ? new SepsisLikeCourse().ToTrajectory() : new VitalSignsTrajectory(VitalSigns.HealthyAdult),
            });
            all.AddRange(patient.Advance(patient.Start + duration));
        }

        // The ward's stream in time order; a stable sort keeps each patient's own order within a moment.
        return [.. all.OrderBy(o => o.Time)];
    }
}
