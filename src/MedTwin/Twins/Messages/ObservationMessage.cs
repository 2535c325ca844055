using System.Globalization;
using System.Text.Json;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Messages;

/// <summary>
/// Reads an observation from its wire form (<see cref="TwinJson"/>), as it arrives over MQTT or in a JSON-lines
/// recording. Anything else (not JSON, a field missing, misspelt, of the wrong type, or a message too large) is
/// returned as a <see cref="RejectionReason.Malformed"/> rejection naming the field, never thrown.
/// </summary>
public static class ObservationMessage
{
    /// <summary>The largest message read, in characters; a wire observation is under 300.</summary>
    public const int MaximumLength = 4096;

    private static readonly string[] Fields = ["patient", "code", "value", "unit", "time", "device", "seq"];

    /// <summary>The observation in <paramref name="text"/>, or why it is not one.</summary>
    public static (Observation? Observation, ObservationRejection? Rejection) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaximumLength)
        {
            return Malformed($"the message is {text.Length} characters long; an observation is at most {MaximumLength}");
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 4 });
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return Malformed($"not JSON: {exception.Message}");
        }
    }

    private static (Observation?, ObservationRejection?) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Malformed($"expected a JSON object with fields {string.Join(", ", Fields)}; found {root.ValueKind}");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!Fields.Contains(property.Name, StringComparer.Ordinal))
            {
                return Malformed($"unknown field '{Shorten(property.Name)}'; an observation has {string.Join(", ", Fields)}");
            }
        }

        if (!String(root, "patient", out var patient, out var error)
            || !String(root, "code", out var code, out error)
            || !String(root, "unit", out var unit, out error)
            || !String(root, "time", out var timeText, out error)
            || !String(root, "device", out var device, out error))
        {
            return Malformed(error);
        }

        if (!TwinJson.TryReadTime(timeText, out var time))
        {
            return Malformed($"field 'time' must be an ISO 8601 time with an offset (2026-12-02T08:00:00Z); found '{Shorten(timeText)}'");
        }

        if (!root.TryGetProperty("seq", out var seqElement) || seqElement.ValueKind != JsonValueKind.Number || !seqElement.TryGetInt64(out var sequence) || sequence < 0)
        {
            return Malformed("field 'seq' must be a whole number from 0 up");
        }

        if (!Value(root, out var value, out error))
        {
            return Malformed(error);
        }

        return (new Observation(patient, code, value, unit, time, device, sequence), null);
    }

    // JSON cannot carry NaN or infinity as numbers; a device that sends them as strings is read, so the twin can say
    // "not finite" rather than "malformed".
    private static bool Value(JsonElement root, out double value, out string error)
    {
        value = 0;
        error = "";
        if (!root.TryGetProperty("value", out var element))
        {
            error = "field 'value' is missing";
            return false;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out value))
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String && element.GetString() is "NaN" or "Infinity" or "-Infinity")
        {
            value = double.Parse(element.GetString()!, CultureInfo.InvariantCulture);
            return true;
        }

        error = $"field 'value' must be a number; found {element.ValueKind}";
        return false;
    }

    private static bool String(JsonElement root, string name, out string value, out string error)
    {
        value = "";
        error = "";
        if (!root.TryGetProperty(name, out var element))
        {
            error = $"field '{name}' is missing";
            return false;
        }

        if (element.ValueKind != JsonValueKind.String || element.GetString() is not { Length: > 0 } text)
        {
            error = $"field '{name}' must be a non-empty string; found {element.ValueKind}";
            return false;
        }

        value = text;
        return true;
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";

    private static (Observation?, ObservationRejection?) Malformed(string detail) => (null, new ObservationRejection(RejectionReason.Malformed, detail));
}
