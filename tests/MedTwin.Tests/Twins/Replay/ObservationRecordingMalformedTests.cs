using System.Text;
using MedTwin.Tests.Support;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Replay;

namespace MedTwin.Tests.Twins.Replay;

/// <summary>A bad line is returned as a rejection naming the line and the field, never thrown; a bad file is refused naming it.</summary>
public sealed class ObservationRecordingMalformedTests
{
    private const string Header = "patient,code,value,unit,time,device,seq";
    private const string Good = "p-001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1";

    private static List<RecordedLine> Csv(params string[] lines) =>
        [.. ObservationRecording.Read(new StringReader(string.Join('\n', [Header, .. lines])), RecordingFormat.Csv, "test.csv")];

    private static string Rejected(string line)
    {
        var read = Assert.Single(Csv(line));
        Assert.Null(read.Observation);
        Assert.Equal(RejectionReason.Malformed, read.Rejection!.Reason);
        return read.Rejection.Detail;
    }

    [Theory]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor", "line 2 has 6 fields; expected 7 (patient,code,value,unit,time,device,seq)")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1,extra", "line 2 has 8 fields; expected 7")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1,", "line 2 has 8 fields; expected 7")]
    [InlineData(",8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1", "line 2, column 1 'patient' is empty")]
    [InlineData("p-001,8867-4,seventy,/min,2026-12-02T08:00:00Z,monitor,1", "line 2, column 3 'value' must be a number (or NaN, Infinity, -Infinity); found 'seventy'")]
    [InlineData("p-001,8867-4,nan,/min,2026-12-02T08:00:00Z,monitor,1", "line 2, column 3 'value' must be a number (or NaN, Infinity, -Infinity); found 'nan'")]
    [InlineData("p-001,8867-4,1e400,/min,2026-12-02T08:00:00Z,monitor,1", "line 2, column 3 'value' must be a number (or NaN, Infinity, -Infinity); found '1e400'")]
    [InlineData("p-001,8867-4, 72,/min,2026-12-02T08:00:00Z,monitor,1", "line 2, column 3 'value' must be a number")]
    [InlineData("p-001,8867-4,\"72,5\",/min,2026-12-02T08:00:00Z,monitor,1", "line 2, column 3 'value' must be a number (or NaN, Infinity, -Infinity); found '72,5'")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02 08:00:00,monitor,1", "line 2, column 5 'time' must be an ISO 8601 time with an offset (2026-12-02T08:00:00Z); found '2026-12-02 08:00:00'")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00,monitor,1", "line 2, column 5 'time' must be an ISO 8601 time with an offset")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00.5,monitor,1", "line 2, column 5 'time' must be an ISO 8601 time with an offset")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00+0100,monitor,1x", "line 2, column 7 'seq' must be a whole number from 0 up")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,-1", "line 2, column 7 'seq' must be a whole number from 0 up; found '-1'")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1.0", "line 2, column 7 'seq' must be a whole number from 0 up; found '1.0'")]
    [InlineData("p-001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,99999999999999999999", "line 2, column 7 'seq' must be a whole number from 0 up")]
    [InlineData("\"p-001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1", "line 2 is not valid CSV: the quote opened at character 1 is never closed")]
    [InlineData("p\"001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1", "line 2 is not valid CSV: character 2 is a quote inside an unquoted field")]
    [InlineData("\"p\"001,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1", "line 2 is not valid CSV: character 4 follows a closing quote")]
    public void A_malformed_CSV_line_is_rejected_naming_the_line_and_column(string line, string expected)
    {
        Assert.StartsWith(expected, Rejected(line));
    }

    [Fact]
    public void NaN_and_infinities_are_read_as_values_so_that_the_twin_rejects_them_as_not_finite()
    {
        var lines = Csv("p-001,8867-4,NaN,/min,2026-12-02T08:00:00Z,monitor,1", "p-001,8867-4,-Infinity,/min,2026-12-02T08:00:00Z,monitor,2");

        Assert.True(double.IsNaN(lines[0].Observation!.Value));
        Assert.Equal(double.NegativeInfinity, lines[1].Observation!.Value);
    }

    [Fact]
    public void Quoted_fields_are_read_with_their_commas_and_doubled_quotes()
    {
        var observation = Assert.Single(Csv("\"bed 3, \"\"A\"\"\",\"8867-4\",72,/min,2026-12-02T08:00:00Z,\"\",1")).Rejection;
        var read = Assert.Single(Csv("\"bed 3, \"\"A\"\"\",\"8867-4\",72,/min,2026-12-02T08:00:00Z,\"mon\",1")).Observation!;

        Assert.Equal("line 2, column 6 'device' is empty", observation!.Detail);
        Assert.Equal(("bed 3, \"A\"", "8867-4", "mon"), (read.PatientId, read.Code, read.DeviceId));
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_count_every_line_of_the_file()
    {
        var lines = Csv("", Good, "   ", "p-001,8867-4,x,/min,2026-12-02T08:00:00Z,monitor,2", "", Good);

        Assert.Equal([3L, 5L, 7L], lines.Select(line => line.LineNumber));
        Assert.NotNull(lines[0].Observation);
        Assert.StartsWith("line 5, column 3 'value'", lines[1].Rejection!.Detail);
        Assert.NotNull(lines[2].Observation);
    }

    [Fact]
    public void CRLF_line_ends_and_a_byte_order_mark_are_read()
    {
        var text = "\uFEFF" + Header + "\r\n" + Good + "\r\n" + Good;

        var lines = ObservationRecording.Read(new StringReader(text), RecordingFormat.Csv, "test.csv").ToList();

        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal("monitor", line.Observation!.DeviceId));
    }

    [Fact]
    public void A_hostile_huge_line_is_rejected_without_being_held_and_the_next_line_is_still_read()
    {
        var huge = new string('x', 5_000_000);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', Header, huge, Good));

        var fromText = ObservationRecording.Read(new StringReader(Encoding.UTF8.GetString(bytes)), RecordingFormat.Csv, "test.csv").ToList();
        var fromBytes = ObservationRecording.Read(new MemoryStream(bytes), RecordingFormat.Csv, "test.csv").ToList();

        foreach (var lines in new[] { fromText, fromBytes })
        {
            Assert.Equal("line 2 is longer than 4096 characters; an observation's line is far shorter", lines[0].Rejection!.Detail);
            Assert.Equal(3, lines[1].LineNumber);
            Assert.NotNull(lines[1].Observation);
        }
    }

    [Fact]
    public void A_line_of_bytes_that_are_not_UTF8_is_rejected_and_the_next_line_is_still_read()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\np-0").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("1,8867-4,72,/min,2026-12-02T08:00:00Z,monitor,1\n" + Good)).ToArray();

        var lines = ObservationRecording.Read(new MemoryStream(bytes), RecordingFormat.Csv, "test.csv").ToList();

        Assert.Equal("line 2 is not valid UTF-8 (invalid byte at position 4 of the line)", lines[0].Rejection!.Detail);
        Assert.Equal(72, lines[1].Observation!.Value);
    }

    [Theory]
    [InlineData("{\"patient\":\"p-001\"", "line 1: not JSON")]
    [InlineData("[1,2]", "line 1: expected a JSON object")]
    [InlineData("{\"patient\":\"p-001\",\"code\":\"8867-4\",\"value\":72,\"unit\":\"/min\",\"time\":\"2026-12-02T08:00:00Z\",\"device\":\"m\"}", "line 1: field 'seq' must be a whole number from 0 up")]
    [InlineData("{\"patient\":\"p-001\",\"code\":\"8867-4\",\"value\":\"72\",\"unit\":\"/min\",\"time\":\"2026-12-02T08:00:00Z\",\"device\":\"m\",\"seq\":1}", "line 1: field 'value' must be a number; found String")]
    [InlineData("{\"patient\":\"p-001\",\"code\":\"8867-4\",\"value\":72,\"unit\":\"/min\",\"time\":\"2026-12-02T08:00:00Z\",\"device\":\"m\",\"seq\":-4}", "line 1: field 'seq' must be a whole number from 0 up")]
    [InlineData("{\"patient\":\"p-001\",\"code\":\"8867-4\",\"value\":72,\"unit\":\"/min\",\"time\":\"yesterday\",\"device\":\"m\",\"seq\":1}", "line 1: field 'time' must be an ISO 8601 time")]
    [InlineData("{\"patient\":\"p-001\",\"code\":\"8867-4\",\"value\":72,\"unit\":\"/min\",\"time\":\"2026-12-02T08:00:00Z\",\"device\":\"m\",\"seq\":1,\"extra\":0}", "line 1: unknown field 'extra'")]
    [InlineData("{\"patient\":\"p-001\",\"code\":\"8867-4\",\"value\":72,\"unit\":\"/min\",\"time\":\"2026-12-02T08:00:00\",\"device\":\"m\",\"seq\":1}", "line 1: field 'time' must be an ISO 8601 time with an offset")]
    public void A_malformed_JSON_line_is_rejected_naming_the_line_and_field(string line, string expected)
    {
        var read = Assert.Single(ObservationRecording.Read(new StringReader(line), RecordingFormat.JsonLines, "test.jsonl"));

        Assert.Equal(RejectionReason.Malformed, read.Rejection!.Reason);
        Assert.StartsWith(expected, read.Rejection.Detail);
    }

    [Fact]
    public void A_CSV_recording_without_the_exact_header_is_refused_naming_the_source()
    {
        var wrong = Assert.Throws<InvalidDataException>(() => ObservationRecording.Read(new StringReader("patient,code,value,unit,time,device\n" + Good), RecordingFormat.Csv, "ward.csv").ToList());
        var empty = Assert.Throws<InvalidDataException>(() => ObservationRecording.Read(new StringReader(""), RecordingFormat.Csv, "ward.csv").ToList());

        Assert.Equal("The recording 'ward.csv' must begin with the header 'patient,code,value,unit,time,device,seq'; line 1 is 'patient,code,value,unit,time,device'.", wrong.Message);
        Assert.Equal("The recording 'ward.csv' is empty; a CSV recording begins with the header 'patient,code,value,unit,time,device,seq'.", empty.Message);
    }

    [Fact]
    public void A_missing_file_or_an_unknown_extension_is_refused_naming_the_file()
    {
        using var folder = new TemporaryDataFolder();
        var missing = Path.Combine(folder.Root, "absent.csv");
        var text = Path.Combine(folder.Root, "stream.txt");
        File.WriteAllText(text, Header + "\n");

        Assert.Contains($"The recording '{missing}' does not exist.", Assert.Throws<FileNotFoundException>(() => ObservationRecording.Read(missing)).Message);
        Assert.Contains($"The recording '{text}' has the extension '.txt'; expected .csv or .jsonl", Assert.Throws<ArgumentException>(() => ObservationRecording.Read(text)).Message);
        Assert.Empty(ObservationRecording.Read(text, RecordingFormat.Csv));
        Assert.Throws<ArgumentException>(() => ObservationRecording.Read(""));
        Assert.Throws<ArgumentNullException>(() => ObservationRecording.Read((TextReader)null!, RecordingFormat.Csv, "x"));
    }

    [Fact]
    public void A_bad_header_in_a_file_is_refused_naming_the_file()
    {
        using var folder = new TemporaryDataFolder();
        var path = Path.Combine(folder.Root, "stream.csv");
        File.WriteAllText(path, "seq,device\n");

        Assert.Contains($"The recording '{path}' must begin with the header", Assert.Throws<InvalidDataException>(() => ObservationRecording.Read(path).ToList()).Message);
    }
}
