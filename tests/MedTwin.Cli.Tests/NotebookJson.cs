using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Cli.Tests;

/// <summary>Reads and edits a notebook file as plain JSON, as a person editing the committed file would.</summary>
internal static class NotebookJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject Read(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    public static void Edit(string path, Action<JsonObject> edit)
    {
        var root = Read(path);
        edit(root);
        File.WriteAllText(path, root.ToJsonString(Indented) + "\n");
    }

    /// <summary>The JSON object of cell <paramref name="index"/> (0-based, every cell counted).</summary>
    public static JsonObject Cell(JsonObject root, int index) => root["cells"]![index]!.AsObject();

    /// <summary>The run manifest, <c>metadata.medtwin.manifest</c>.</summary>
    public static JsonObject Manifest(JsonObject root) => root["metadata"]!["medtwin"]!["manifest"]!.AsObject();

    /// <summary>What cell <paramref name="index"/> showed as text: its streams and the plain text of its results, joined.</summary>
    public static string OutputText(string path, int index) =>
        string.Concat(Cell(Read(path), index)["outputs"]!.AsArray().SelectMany(output => Strings(output!["text"] ?? output["data"]?["text/plain"])));

    /// <summary>Replaces <paramref name="oldText"/> by <paramref name="newText"/> in the committed outputs of cell <paramref name="index"/>.</summary>
    public static void ReplaceInOutputs(string path, int index, string oldText, string newText) => Edit(path, root =>
    {
        var replaced = Replace(Cell(root, index)["outputs"]!, oldText, newText);
        Assert.True(replaced > 0, $"No output of cell {index + 1} contains \"{oldText}\".");
    });

    /// <summary>Sets <c>metadata.medtwin.verify</c>, the notebook's verification settings.</summary>
    public static void SetVerifySettings(string path, string settingsJson) => Edit(path, root =>
        root["metadata"]!["medtwin"]!.AsObject()["verify"] = JsonNode.Parse(settingsJson));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    private static int Replace(JsonNode node, string oldText, string newText)
    {
        var count = 0;
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    count += ReplaceChild(o[key], value => o[key] = value, oldText, newText);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    var index = i;
                    count += ReplaceChild(a[i], value => a[index] = value, oldText, newText);
                }

                break;
        }

        return count;
    }

    private static int ReplaceChild(JsonNode? child, Action<JsonNode> set, string oldText, string newText)
    {
        if (child is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            var text = v.GetValue<string>();
            if (!text.Contains(oldText, StringComparison.Ordinal))
            {
                return 0;
            }

            set(JsonValue.Create(text.Replace(oldText, newText, StringComparison.Ordinal)));
            return 1;
        }

        return child is null ? 0 : Replace(child, oldText, newText);
    }
}
