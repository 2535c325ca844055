using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedTwin.Data.Preparation;

/// <summary>
/// The one JSON form of recipes: camelCase keys, enum values as camelCase words, unknown or duplicate keys and nulls where
/// a value is required are errors; written indented with '\n' line ends, so the same recipe always gives the same bytes.
/// </summary>
internal static class PreparationJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
        AllowOutOfOrderMetadataProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",

        // The recipe is pinned beside the study for people to read: keep quotes and accents as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    public static T Deserialize<T>(string json, string what)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new RecipeFormatException($"The {what} JSON is 'null'; expected an object.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // A step without its "step" key reaches the abstract base type, which System.Text.Json reports as NotSupported.
            throw new RecipeFormatException($"The {what} JSON is not valid: {e.Message}", e);
        }
    }
}
