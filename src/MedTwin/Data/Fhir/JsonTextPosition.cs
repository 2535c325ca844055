using System.Text;
using System.Text.Json;

namespace MedTwin.Data.Fhir;

/// <summary>Finds where things are in (already validated) JSON text, as 1-based line and column.</summary>
internal static class JsonTextPosition
{
    /// <summary>The line and column (in UTF-8 bytes) of a byte offset.</summary>
    public static (int Line, int Column) Of(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, before.Length - lineStart + 1);
    }

    /// <summary>Where the first JSON token starts.</summary>
    public static (int Line, int Column) OfRoot(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = FhirBundleReader.MaxDepth });
        return reader.Read() ? Of(json, reader.TokenStartIndex) : (1, 1);
    }

    /// <summary>Where the value of a property of the root object starts; the root's position when there is no such property.</summary>
    public static (int Line, int Column) OfRootProperty(ReadOnlySpan<byte> json, string property)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = FhirBundleReader.MaxDepth });
        var name = Encoding.UTF8.GetBytes(property);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name))
            {
                reader.Read();
                return Of(json, reader.TokenStartIndex);
            }
        }

        return OfRoot(json);
    }
}
