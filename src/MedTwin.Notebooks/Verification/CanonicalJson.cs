using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// JSON as verification compares it: what a front end may change without changing the data is made one way. Object
/// keys are sorted (their order means nothing, and nbformat sorts them when it saves) and numbers are written as the
/// shortest text that reads back as the same double (Python saves 8.9e-05 where .NET writes 8.9E-05).
/// </summary>
internal static class CanonicalJson
{
    public static JsonNode? Of(JsonNode? node) => node.WithSortedKeys(Value);

    private static JsonNode Value(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.Number
        && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number)
            ? JsonValue.Create(number)
            : value.DeepClone();
}
