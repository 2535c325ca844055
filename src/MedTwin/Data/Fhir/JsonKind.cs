using System.Text.Json;

namespace MedTwin.Data.Fhir;

/// <summary>Names the kind of a JSON value for messages ("an array", "a string"…).</summary>
internal static class JsonKind
{
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
