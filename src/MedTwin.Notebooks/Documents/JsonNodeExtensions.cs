using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>Small operations on the notebook's JSON tree that keep its key order the way Jupyter and VS Code write it.</summary>
internal static class JsonNodeExtensions
{
    /// <summary>Replaces the value in place if the key exists; otherwise inserts it where sorted keys (as nbformat and VS Code write them) put it.</summary>
    public static void SetSorted(this JsonObject target, string key, JsonNode? value)
    {
        if (target.ContainsKey(key))
        {
            target[key] = value;
            return;
        }

        var index = 0;
        foreach (var property in target)
        {
            if (string.CompareOrdinal(property.Key, key) > 0)
            {
                break;
            }

            index++;
        }

        target.Insert(index, key, value);
    }

    /// <summary>The object found by following <paramref name="path"/>, or null where a step is missing or not an object.</summary>
    public static JsonObject? ObjectAt(this JsonObject? start, params ReadOnlySpan<string> path)
    {
        var current = start;
        foreach (var key in path)
        {
            current = current?[key] as JsonObject;
        }

        return current;
    }

    /// <summary>The string at <paramref name="key"/> of the object at <paramref name="path"/>, or null where anything is missing or not a string.</summary>
    public static string? StringAt(this JsonObject? start, string key, params ReadOnlySpan<string> path)
        => start.ObjectAt(path)?[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The node itself if it belongs to no tree yet, else a copy, so it can be put into another tree.</summary>
    public static JsonNode Detached(this JsonNode node) => node.Parent is null ? node : node.DeepClone();

    /// <summary>
    /// A copy whose objects, at every depth, list their keys in ordinal order, as nbformat writes a notebook (Python's
    /// <c>json.dump</c> with <c>sort_keys</c>): the order of an object's keys means nothing in JSON.
    /// </summary>
    /// <param name="node">The JSON to copy.</param>
    /// <param name="value">What each value (string, number, boolean) becomes; a plain copy when null.</param>
    public static JsonNode? WithSortedKeys(this JsonNode? node, Func<JsonValue, JsonNode>? value = null) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value.WithSortedKeys(value)))),
        JsonArray array => new JsonArray([.. array.Select(item => item.WithSortedKeys(value))]),
        JsonValue leaf when value is not null => value(leaf),
        null => null,
        _ => node.DeepClone(),
    };
}
