using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Hl7.Fhir.Validation;

namespace MedTwin.Data.Fhir;

/// <summary>
/// Turns a problem the Firely deserializer found into a JSON path and a message that says what was expected and what
/// was found. Firely names choice elements without their type (<c>Observation.value.value</c>); the path here is the
/// property as written in the JSON (<c>valueQuantity.value</c>).
/// </summary>
internal static partial class FirelyIssue
{
    private const int MaxShown = 60;

    public static (string Path, string Message) Describe(CodedException exception, JsonElement resource)
    {
        var (instancePath, baseMessage) = exception switch
        {
            CodedValidationException validation => (validation.InstancePath, validation.BaseErrorMessage),
            FhirJsonException json => (json.InstancePath, json.BaseErrorMessage),
            _ => (null, exception.Message),
        };
        var (path, found) = ToJsonPath(instancePath, resource);
        return (path, Explain(exception.ErrorCode, baseMessage, found));
    }

    /// <summary>The JSON path of a Firely instance path, and the JSON value found there, if any.</summary>
    public static (string Path, JsonElement? Found) ToJsonPath(string? instancePath, JsonElement resource)
    {
        if (string.IsNullOrEmpty(instancePath))
        {
            return (string.Empty, null);
        }

        JsonElement? current = resource;
        var parts = new List<string>();
        foreach (var segment in instancePath.Split('.').Skip(1))
        {
            var match = SegmentPattern().Match(segment);
            var name = match.Success ? match.Groups["name"].Value : segment;
            var property = name;
            current = Step(current, name, ref property);
            if (match.Success && match.Groups["index"].Success)
            {
                var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
                property += $"[{index.ToString(CultureInfo.InvariantCulture)}]";
                current = current is { ValueKind: JsonValueKind.Array } array && index < array.GetArrayLength() ? array[index] : null;
            }

            parts.Add(property);
        }

        return (string.Join('.', parts), current);
    }

    /// <summary>Steps into <paramref name="name"/>, or into the choice property it stands for (<c>value</c> → <c>valueQuantity</c>).</summary>
    private static JsonElement? Step(JsonElement? current, string name, ref string property)
    {
        if (current is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        if (element.TryGetProperty(name, out var value))
        {
            return value;
        }

        foreach (var candidate in element.EnumerateObject())
        {
            if (candidate.Name.Length > name.Length && candidate.Name.StartsWith(name, StringComparison.Ordinal) && char.IsAsciiLetterUpper(candidate.Name[name.Length]))
            {
                property = candidate.Name;
                return candidate.Value;
            }
        }

        return null;
    }

    private static string Explain(string? code, string baseMessage, JsonElement? found)
    {
        var literalType = LiteralTypePattern().Match(baseMessage);
        if (code == "PVAL123" && literalType.Success && found is { } wrong)
        {
            var type = literalType.Groups["type"].Value;
            return type == "decimal" && wrong.ValueKind == JsonValueKind.Number
                ? $"{Show(wrong)} does not fit a FHIR decimal (magnitude below 7.9e28, at most 28 significant digits)"
                : $"expected {Expected(type)}, found {Show(wrong)}";
        }

        if (code == "PVAL124" && CorrectLiteralPattern().Match(baseMessage) is { Success: true } literal && found is { } invalid)
        {
            return $"expected a FHIR {literal.Groups["type"].Value}, found {Show(invalid)}";
        }

        return baseMessage.TrimEnd('.');
    }

    private static string Expected(string type) => type switch
    {
        "decimal" => "a number",
        "integer" or "integer64" or "positiveInt" or "unsignedInt" => "a whole number",
        "boolean" => "true or false",
        _ => $"a {type} (a JSON string)",
    };

    /// <summary>The JSON as written, shortened when long.</summary>
    private static string Show(JsonElement element)
    {
        var raw = element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => element.GetRawText(),
        };
        return raw.Length <= MaxShown ? raw : string.Concat(raw.AsSpan(0, MaxShown), "…");
    }

    [GeneratedRegex(@"^(?<name>[^\[]+)(\[(?<index>[0-9]+)\])?$")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"literal for an? (?<type>[A-Za-z0-9]+)")]
    private static partial Regex LiteralTypePattern();

    [GeneratedRegex(@"not a correct literal for an? (?<type>[A-Za-z0-9]+)")]
    private static partial Regex CorrectLiteralPattern();
}
