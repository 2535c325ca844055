using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace MedTwin.Data.Fhir;

/// <summary>
/// Reads a FHIR R4 Bundle (JSON) of Patient and Observation resources into tidy tables. Input that is not a Bundle at
/// all is a <see cref="FhirBundleException"/>; every problem inside a readable bundle is in the import report, and the
/// rest of the bundle is still imported.
/// </summary>
public static class FhirBundleReader
{
    /// <summary>The deepest JSON nesting read; FHIR resources need far less, so deeper input is rejected, not recursed into.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads the bundle in a file.</summary>
    /// <exception cref="FhirBundleException">The file is not a JSON FHIR Bundle.</exception>
    public static FhirImport ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a bundle from JSON text; <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="FhirBundleException">The text is not a JSON FHIR Bundle.</exception>
    public static FhirImport Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Reads a bundle from UTF-8 JSON; <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="FhirBundleException">The bytes are not a JSON FHIR Bundle.</exception>
    public static FhirImport Parse(ReadOnlyMemory<byte> utf8Json, string sourceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var json = utf8Json.Span.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;
        CheckUtf8(json.Span, sourceName);
        using var document = ParseJson(json, sourceName);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Fail(sourceName, JsonTextPosition.OfRoot(json.Span), $"expected a FHIR Bundle (a JSON object), found {JsonKind.Describe(root)}");
        }

        if (!root.TryGetProperty("resourceType", out var type))
        {
            throw Fail(sourceName, JsonTextPosition.OfRoot(json.Span), "the object has no resourceType; expected a FHIR Bundle");
        }

        if (type.ValueKind != JsonValueKind.String || type.GetString() != "Bundle")
        {
            var found = type.ValueKind == JsonValueKind.String ? $"a {type.GetString()} resource" : $"resourceType {type.GetRawText()}";
            throw Fail(sourceName, JsonTextPosition.OfRootProperty(json.Span, "resourceType"), $"expected a FHIR Bundle, found {found}");
        }

        if (root.TryGetProperty("entry", out var entry) && entry.ValueKind != JsonValueKind.Array)
        {
            throw Fail(sourceName, JsonTextPosition.OfRootProperty(json.Span, "entry"), $"expected the Bundle's entry to be an array, found {JsonKind.Describe(entry)}");
        }

        return BundleImporter.Import(root, sourceName);
    }

    /// <summary>JSON text must be UTF-8; the JSON reader would let bad bytes inside strings through as replacement characters.</summary>
    private static void CheckUtf8(ReadOnlySpan<byte> json, string sourceName)
    {
        if (Utf8.IsValid(json))
        {
            return;
        }

        for (var offset = 0; offset < json.Length;)
        {
            if (Rune.DecodeFromUtf8(json[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                throw Fail(sourceName, JsonTextPosition.Of(json, offset), $"not valid UTF-8: byte 0x{json[offset]:X2} does not start a character");
            }

            offset += consumed;
        }
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> json, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            var problem = e.Message;
            var cut = problem.IndexOf(" LineNumber:", StringComparison.Ordinal);
            problem = (cut > 0 ? problem[..cut] : problem).TrimEnd().TrimEnd('.');
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new FhirBundleException(sourceName, line, column, $"not valid JSON: {problem}", e);
        }
    }

    private static FhirBundleException Fail(string sourceName, (int Line, int Column) at, string problem) =>
        new(sourceName, at.Line, at.Column, problem);
}
