using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// JSON as verification compares it: what a front end may change without changing the data is made one way. Object
/// keys are sorted (their order means nothing, and nbformat sorts them when it saves) and numbers are written as the
/// shortest text that reads back as the same double (Python saves 8.9e-05 where .NET writes 8.9E-05).
/// </summary>
internal static class CanonicalJson
{
    public static JsonNode? Of(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Of(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Of)]),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => Number(value),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonNode Number(JsonValue value)
    {
        var text = value.ToJsonString();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? JsonValue.Create(number)
            : value.DeepClone();
    }
}
