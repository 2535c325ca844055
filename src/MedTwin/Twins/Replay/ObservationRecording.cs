using System.Globalization;
using System.Text;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Simulation;

namespace MedTwin.Twins.Replay;

/// <summary>
/// Reads and writes recorded observation streams, the source a study replays on its virtual clock: CSV with the header
/// <c>patient,code,value,unit,time,device,seq</c>, or JSON lines of wire observations (<see cref="TwinJson"/>). Reading
/// yields one <see cref="RecordedLine"/> per non-blank data line, in file order, and never throws on a bad line: the
/// line comes back as a <see cref="RejectionReason.Malformed"/> rejection naming the line and the field. Writing is
/// canonical (invariant culture, shortest round-trip numbers, ISO 8601 times with their offset, LF line ends, UTF-8
/// without a byte-order mark), so writing and reading back gives the same observations and the same bytes every run.
/// </summary>
public static class ObservationRecording
{
    /// <summary>The longest line read, in characters; an observation's line is under 300.</summary>
    public const int MaximumLineLength = ObservationMessage.MaximumLength;

    /// <summary>The header line a CSV recording begins with.</summary>
    public const string CsvHeader = CsvObservationLine.Header;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The format of the recording at <paramref name="path"/>, from its extension: <c>.csv</c> or <c>.jsonl</c> (any case).</summary>
    /// <exception cref="ArgumentException">The extension is neither; the message names the file.</exception>
    public static RecordingFormat FormatOf(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path);
        return extension.ToUpperInvariant() switch
        {
            ".CSV" => RecordingFormat.Csv,
            ".JSONL" => RecordingFormat.JsonLines,
            _ => throw new ArgumentException($"The recording '{path}' has the extension '{extension}'; expected .csv or .jsonl, or name the format.", nameof(path)),
        };
    }

    /// <summary>The lines of the recording at <paramref name="path"/>, in the format its extension names; read as they are enumerated.</summary>
    /// <exception cref="ArgumentException">The extension is neither <c>.csv</c> nor <c>.jsonl</c>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">(On enumeration) a CSV recording does not begin with <see cref="CsvHeader"/>.</exception>
    public static IEnumerable<RecordedLine> Read(string path) => Read(path, FormatOf(path));

    /// <summary>The lines of the recording at <paramref name="path"/> in <paramref name="format"/>, whatever its extension.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">(On enumeration) a CSV recording does not begin with <see cref="CsvHeader"/>.</exception>
    public static IEnumerable<RecordedLine> Read(string path, RecordingFormat format)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        RequireDefined(format);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The recording '{path}' does not exist.", path);
        }

        return ReadFile(path, format);
    }

    /// <summary>
    /// The lines of a recording read from <paramref name="stream"/> as UTF-8 (a line that is not UTF-8 is rejected, not
    /// repaired); <paramref name="source"/> names it in errors. The stream is read as the lines are enumerated and is not closed.
    /// </summary>
    /// <exception cref="InvalidDataException">(On enumeration) a CSV recording does not begin with <see cref="CsvHeader"/>.</exception>
    public static IEnumerable<RecordedLine> Read(Stream stream, RecordingFormat format, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(source);
        RequireDefined(format);
        return Parse(LineSplitter.Lines(stream, MaximumLineLength), format, source);
    }

    /// <summary>The lines of a recording read from <paramref name="reader"/>; <paramref name="source"/> names it in errors. The reader is not closed.</summary>
    /// <exception cref="InvalidDataException">(On enumeration) a CSV recording does not begin with <see cref="CsvHeader"/>.</exception>
    public static IEnumerable<RecordedLine> Read(TextReader reader, RecordingFormat format, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(source);
        RequireDefined(format);
        return Parse(LineSplitter.Lines(reader, MaximumLineLength), format, source);
    }

    /// <summary>Writes <paramref name="observations"/> to <paramref name="path"/> (replacing it) in the format its extension names.</summary>
    /// <exception cref="ArgumentException">The extension is neither <c>.csv</c> nor <c>.jsonl</c>, or an observation cannot be recorded (see <see cref="Write(TextWriter, IEnumerable{Observation}, RecordingFormat)"/>).</exception>
    public static void Write(string path, IEnumerable<Observation> observations) => Write(path, observations, FormatOf(path));

    /// <summary>Writes <paramref name="observations"/> to <paramref name="path"/> (replacing it) in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentException">An observation cannot be recorded (see <see cref="Write(TextWriter, IEnumerable{Observation}, RecordingFormat)"/>).</exception>
    public static void Write(string path, IEnumerable<Observation> observations, RecordingFormat format)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(observations);
        RequireDefined(format);
        using var writer = new StreamWriter(path, append: false, Utf8);
        Write(writer, observations, format);
    }

    /// <summary>Writes <paramref name="observations"/> to <paramref name="writer"/> in <paramref name="format"/> (a CSV begins with its header).</summary>
    /// <exception cref="ArgumentException">
    /// An observation is null, has an empty or line-breaking patient, code, unit or device, or a negative sequence
    /// number: it could not be read back. The message gives its position in the sequence. Lines before it are written.
    /// </exception>
    public static void Write(TextWriter writer, IEnumerable<Observation> observations, RecordingFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(observations);
        RequireDefined(format);
        if (format == RecordingFormat.Csv)
        {
            writer.Write(CsvHeader);
            writer.Write('\n');
        }

        var index = 0;
        foreach (var observation in observations)
        {
            Recordable(observation, index++, nameof(observations));
            writer.Write(format == RecordingFormat.Csv ? CsvObservationLine.Write(observation) : TwinJson.Write(observation));
            writer.Write('\n');
        }

        writer.Flush();
    }

    /// <summary>
    /// Advances <paramref name="patient"/> to <paramref name="until"/> with no actions applied and writes what its
    /// sensors report to <paramref name="path"/> (format from the extension): a recorded stream to commit for a study or
    /// a test to replay. Returns the number of observations written.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before the patient's time.</exception>
    public static int Record(SimulatedPatient patient, DateTimeOffset until, string path)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var format = FormatOf(path);
        var observations = patient.Advance(until);
        Write(path, observations, format);
        return observations.Count;
    }

    private static IEnumerable<RecordedLine> ReadFile(string path, RecordingFormat format)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        foreach (var line in Parse(LineSplitter.Lines(stream, MaximumLineLength), format, path))
        {
            yield return line;
        }
    }

    private static IEnumerable<RecordedLine> Parse(IEnumerable<RawLine> lines, RecordingFormat format, string source)
    {
        var first = true;
        foreach (var line in lines)
        {
            if (first && format == RecordingFormat.Csv)
            {
                first = false;
                if (line.Text != CsvHeader)
                {
                    throw new InvalidDataException($"The recording '{source}' must begin with the header '{CsvHeader}'; line 1 is {Described(line)}.");
                }

                continue;
            }

            first = false;
            if (line.Text is null)
            {
                yield return new RecordedLine(line.Number, null, new ObservationRejection(RejectionReason.Malformed, line.Error!));
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return format == RecordingFormat.Csv ? CsvObservationLine.Read(line.Number, line.Text) : JsonLine(line.Number, line.Text);
            }
        }

        if (first && format == RecordingFormat.Csv)
        {
            throw new InvalidDataException($"The recording '{source}' is empty; a CSV recording begins with the header '{CsvHeader}'.");
        }
    }

    private static RecordedLine JsonLine(long number, string text)
    {
        var (observation, rejection) = ObservationMessage.Read(text);
        return rejection is null
            ? new RecordedLine(number, observation, null)
            : new RecordedLine(number, null, rejection with { Detail = string.Create(CultureInfo.InvariantCulture, $"line {number}: {rejection.Detail}") });
    }

    private static string Described(RawLine line) => line.Text is { } text
        ? $"'{(text.Length <= 80 ? text : text[..80] + "…")}'"
        : $"unreadable ({line.Error})";

    private static void Recordable(Observation? observation, int index, string parameter)
    {
        if (observation is null)
        {
            throw new ArgumentException($"Observation [{index}] is null.", parameter);
        }

        foreach (var (name, value) in new[] { ("PatientId", observation.PatientId), ("Code", observation.Code), ("Unit", observation.Unit), ("DeviceId", observation.DeviceId) })
        {
            if (string.IsNullOrEmpty(value) || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Observation [{index}] has {(string.IsNullOrEmpty(value) ? "an empty" : "a line break in its")} {name}; it could not be read back from a recording.", parameter);
            }
        }

        if (observation.Sequence < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Observation [{index}] has the negative sequence number {observation.Sequence}; a device numbers its readings from 0 up."), parameter);
        }
    }

    private static void RequireDefined(RecordingFormat format)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "The format must be Csv or JsonLines.");
        }
    }
}
