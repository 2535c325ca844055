using System.Text;
using MedTwin.Tests.Support;
using MedTwin.Tests.Twins.Simulation;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Replay;
using MedTwin.Twins.Simulation;

namespace MedTwin.Tests.Twins.Replay;

/// <summary>Writing a recording and reading it back gives the same observations, in either format.</summary>
public sealed class ObservationRecordingRoundTripTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly Observation[] Observations =
    [
        new("p-001", ObservationCodes.HeartRate, 72, "/min", Time, "monitor", 0),
        new("ward 3, bed \"A\"", ObservationCodes.BodyTemperature, 36.9, "Cel", Time.AddSeconds(1.5), "thermo,1", 1),
        new("p-001", ObservationCodes.Glucose, 0.1 + 0.2, "mg/dL", new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(2)), "cgm", long.MaxValue),
        new("p-001", ObservationCodes.Glucose, -1.25e-7, "mmol/L", Time.AddTicks(1), "cgm", 3),
        new("p-001", ObservationCodes.OxygenSaturation, double.NaN, "%", Time, "monitor", 4),
        new("p-001", ObservationCodes.OxygenSaturation, double.NegativeInfinity, "%", Time, "monitor", 5),
        new("p-ü", ObservationCodes.HeartRate, 1e300, "/min", Time, "mönitor", 6),
    ];

    private static string Written(RecordingFormat format)
    {
        using var writer = new StringWriter();
        ObservationRecording.Write(writer, Observations, format);
        return writer.ToString();
    }

    private static List<RecordedLine> ReadBack(string text, RecordingFormat format) =>
        [.. ObservationRecording.Read(new StringReader(text), format, "test")];

    [Theory]
    [InlineData(RecordingFormat.Csv)]
    [InlineData(RecordingFormat.JsonLines)]
    public void Writing_then_reading_gives_the_same_observations_with_their_offsets(RecordingFormat format)
    {
        var lines = ReadBack(Written(format), format);

        Assert.All(lines, line => Assert.Null(line.Rejection));
        Assert.Equal(Observations, lines.Select(line => line.Observation));
        Assert.Equal(Observations.Select(TwinJson.Write), lines.Select(line => TwinJson.Write(line.Observation!)));
        Assert.Equal(Enumerable.Range(format == RecordingFormat.Csv ? 2 : 1, Observations.Length).Select(n => (long)n), lines.Select(line => line.LineNumber));
    }

    [Fact]
    public void A_CSV_recording_is_written_canonically_with_quotes_only_where_needed()
    {
        var lines = Written(RecordingFormat.Csv).Split('\n');

        Assert.Equal("patient,code,value,unit,time,device,seq", lines[0]);
        Assert.Equal("p-001,8867-4,72,/min,2026-12-02T08:00:00.0000000+00:00,monitor,0", lines[1]);
        Assert.Equal("\"ward 3, bed \"\"A\"\"\",8310-5,36.9,Cel,2026-12-02T08:00:01.5000000+00:00,\"thermo,1\",1", lines[2]);
        Assert.Equal("p-001,99504-3,0.30000000000000004,mg/dL,2026-12-02T10:00:00.0000000+02:00,cgm,9223372036854775807", lines[3]);
        Assert.Equal("p-001,59408-5,NaN,%,2026-12-02T08:00:00.0000000+00:00,monitor,4", lines[5]);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void A_JSON_lines_recording_holds_one_wire_observation_a_line()
    {
        var lines = Written(RecordingFormat.JsonLines).Split('\n');

        Assert.Equal(Observations.Select(TwinJson.Write), lines[..^1]);
    }

    [Theory]
    [InlineData("stream.csv")]
    [InlineData("stream.JSONL")]
    public void A_file_is_written_as_UTF8_without_a_mark_and_read_back_in_the_format_its_extension_names(string name)
    {
        using var folder = new TemporaryDataFolder();
        var path = Path.Combine(folder.Root, name);

        ObservationRecording.Write(path, Observations);
        var lines = ObservationRecording.Read(path).ToList();

        Assert.Equal(Observations, lines.Select(line => line.Observation));
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(Written(ObservationRecording.FormatOf(path)), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_simulated_patients_stream_recorded_to_a_file_reads_back_as_the_same_observations()
    {
        using var folder = new TemporaryDataFolder();
        var path = Path.Combine(folder.Root, "deteriorating.csv");
        var options = SimulatedPatients.Options() with { Vitals = new SepsisLikeCourse().ToTrajectory() };

        var count = ObservationRecording.Record(new SimulatedPatient(options), SimulatedPatients.At(120), path);

        var expected = new SimulatedPatient(options).Advance(SimulatedPatients.At(120));
        Assert.Equal(expected.Count, count);
        Assert.Equal(expected, ObservationRecording.Read(path).Select(line => line.Observation));
    }

    [Fact]
    public void Recording_to_a_file_of_unknown_format_is_refused_before_the_patient_advances()
    {
        using var folder = new TemporaryDataFolder();
        var patient = new SimulatedPatient(SimulatedPatients.Options());

        Assert.Throws<ArgumentException>(() => ObservationRecording.Record(patient, SimulatedPatients.At(60), Path.Combine(folder.Root, "stream.txt")));
        Assert.Throws<ArgumentNullException>(() => ObservationRecording.Record(null!, SimulatedPatients.At(60), Path.Combine(folder.Root, "stream.csv")));
        Assert.Equal(SimulatedPatients.Start, patient.Now);
    }

    [Fact]
    public void Writing_an_observation_that_could_not_be_read_back_is_refused_naming_it()
    {
        using var writer = new StringWriter();

        Assert.Contains("Observation [1] has an empty DeviceId", Assert.Throws<ArgumentException>(() => ObservationRecording.Write(writer, [Observations[0], Observations[0] with { DeviceId = "" }], RecordingFormat.Csv)).Message);
        Assert.Contains("Observation [0] has a line break in its PatientId", Assert.Throws<ArgumentException>(() => ObservationRecording.Write(writer, [Observations[0] with { PatientId = "a\nb" }], RecordingFormat.JsonLines)).Message);
        Assert.Contains("Observation [0] has the negative sequence number -1", Assert.Throws<ArgumentException>(() => ObservationRecording.Write(writer, [Observations[0] with { Sequence = -1 }], RecordingFormat.Csv)).Message);
        Assert.Contains("Observation [0] is null", Assert.Throws<ArgumentException>(() => ObservationRecording.Write(writer, [null!], RecordingFormat.Csv)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ObservationRecording.Write(writer, Observations, (RecordingFormat)7));
    }
}
