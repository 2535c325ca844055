using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedTwin.Twins.Actions;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Messages;

/// <summary>
/// The canonical JSON of what a twin takes in and gives out: fixed property order, invariant culture, times in ISO 8601
/// with their offset, numbers in their shortest round-trip form. The same record always gives the same bytes, so the
/// event log can be checked by comparing text, and MQTT subscribers read exactly what was logged.
/// An observation on the wire is <c>{"patient","code","value","unit","time","device","seq"}</c>.
/// </summary>
public static partial class TwinJson
{
    /// <summary>An observation in its wire form.</summary>
    public static string Write(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return Json(writer => WriteObservation(writer, observation));
    }

    /// <summary>An alert change.</summary>
    public static string Write(TwinAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("patient", alert.PatientId);
            writer.WriteString("kind", alert.Kind.ToString());
            writer.WriteString("source", alert.Source);
            writer.WriteString("transition", alert.Transition.ToString());
            writer.WriteString("severity", alert.Severity.ToString());
            writer.WriteString("time", Time(alert.Time));
            writer.WriteString("reason", alert.Reason);
            WriteEvidence(writer, alert.Evidence);
            writer.WriteEndObject();
        });
    }

    /// <summary>A control action.</summary>
    public static string Write(ControlAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("patient", action.PatientId);
            writer.WriteString("time", Time(action.Time));
            writer.WriteString("controller", action.Controller);
            writer.WriteNumber("basalUnitsPerHour", action.BasalUnitsPerHour);
            writer.WriteNumber("bolusUnits", action.BolusUnits);
            writer.WriteString("reason", action.Reason);
            writer.WriteBoolean("limited", action.WasLimited);
            WriteEvidence(writer, action.Evidence);
            writer.WriteEndObject();
        });
    }

    /// <summary>A rejection, with the observation when the message could be read as one.</summary>
    public static string Write(ObservationRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("reason", rejection.Reason.ToString());
            writer.WriteString("detail", rejection.Detail);
            if (rejection.Observation is { } observation)
            {
                writer.WritePropertyName("observation");
                WriteObservation(writer, observation);
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>A clock check at <paramref name="time"/>.</summary>
    public static string WriteTick(DateTimeOffset time) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("time", Time(time));
        writer.WriteEndObject();
    });

    /// <summary>Reads a time written by this class (or any ISO 8601 time with an offset).</summary>
    // The K specifier also matches no offset at all, which would read the time in the machine's own time zone.
    internal static bool TryReadTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text, ["O", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time)
        && ExplicitOffset().IsMatch(text);

    [GeneratedRegex(@"(Z|[+-][0-9]{2}:?[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOffset();

    internal static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static void WriteObservation(Utf8JsonWriter writer, Observation observation)
    {
        writer.WriteStartObject();
        writer.WriteString("patient", observation.PatientId);
        writer.WriteString("code", observation.Code);
        WriteNumber(writer, "value", observation.Value);
        writer.WriteString("unit", observation.Unit);
        writer.WriteString("time", Time(observation.Time));
        writer.WriteString("device", observation.DeviceId);
        writer.WriteNumber("seq", observation.Sequence);
        writer.WriteEndObject();
    }

    // JSON has no NaN or infinity; a rejected non-finite value is kept as its name, so the log still says what arrived.
    private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteEvidence(Utf8JsonWriter writer, IReadOnlyList<ObservationReference> evidence)
    {
        writer.WriteStartArray("evidence");
        foreach (var reference in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("device", reference.DeviceId);
            writer.WriteNumber("seq", reference.Sequence);
            writer.WriteString("code", reference.Code);
            writer.WriteString("time", Time(reference.Time));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
