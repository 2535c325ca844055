using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents.Jupyter;

/// <summary>
/// Checks that parsed JSON is an nbformat 4 notebook in every part MedTwin interprets, so the model can trust it. Parts it does not
/// interpret (attachments, unknown keys, metadata beyond the kernel's) are only carried. Errors name the cell and the JSON path.
/// </summary>
internal sealed class JupyterValidator(string notebookName)
{
    public void ValidateNotebook(JsonNode? root)
    {
        if (root is not JsonObject notebook)
        {
            throw Error($"is not a notebook: the JSON is {Describe(root)}; expected an object with 'cells', 'metadata', 'nbformat' and 'nbformat_minor'.");
        }

        var version = RequireInteger(notebook, "nbformat", "has no 'nbformat'; expected 4.");
        if (version < 4)
        {
            throw Error($"nbformat {version} is not supported; convert with jupyter nbconvert --to notebook.");
        }

        if (version > 4)
        {
            throw Error($"nbformat {version} is not supported; MedTwin reads nbformat 4.");
        }

        RequireInteger(notebook, "nbformat_minor", "has no 'nbformat_minor'; expected the minor version of nbformat 4, e.g. 5.");
        if (notebook.TryGetPropertyValue("metadata", out var metadata))
        {
            var metadataObject = Require<JsonObject>(metadata, "'metadata'", "an object");
            ValidateKernelInfo(metadataObject.ObjectAt("polyglot_notebook")?["kernelInfo"], "metadata.polyglot_notebook.kernelInfo");
        }

        if (!notebook.TryGetPropertyValue("cells", out var cells))
        {
            throw Error("has no 'cells'; expected an array of cells.");
        }

        var cellArray = Require<JsonArray>(cells, "'cells'", "an array");
        for (var i = 0; i < cellArray.Count; i++)
        {
            ValidateCell(cellArray[i], i);
        }
    }

    /// <summary>Checks Polyglot Notebooks' <c>kernelInfo</c>: <c>{"defaultKernelName": "csharp", "items": [{"name": "csharp", "aliases": []}]}</c>.</summary>
    public void ValidateKernelInfo(JsonNode? kernelInfo, string where)
    {
        if (kernelInfo is null)
        {
            return;
        }

        var info = Require<JsonObject>(kernelInfo, $"'{where}'", "an object");
        OptionalString(info, "defaultKernelName", where);
        if (!info.TryGetPropertyValue("items", out var items))
        {
            return;
        }

        var itemArray = Require<JsonArray>(items, $"'{where}.items'", "an array");
        for (var i = 0; i < itemArray.Count; i++)
        {
            var item = Require<JsonObject>(itemArray[i], $"'{where}.items[{i}]'", "an object");
            RequireString(item, "name", $"'{where}.items[{i}]'");
            if (item.TryGetPropertyValue("aliases", out var aliases) && !IsStringArray(aliases))
            {
                throw Error($"'{where}.items[{i}].aliases' must be an array of strings; found {Describe(aliases)}.");
            }
        }
    }

    private void ValidateCell(JsonNode? node, int index)
    {
        var at = $"cell {index + 1} ($.cells[{index}])";
        var cell = Require<JsonObject>(node, at, "an object");
        if (!cell.TryGetPropertyValue("cell_type", out var type))
        {
            throw Error($"{at} has no 'cell_type'; expected \"code\", \"markdown\" or \"raw\".");
        }

        var kind = type is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        if (kind is not ("code" or "markdown" or "raw"))
        {
            throw Error($"{at}: 'cell_type' must be \"code\", \"markdown\" or \"raw\"; found {Describe(type)}.");
        }

        if (!cell.TryGetPropertyValue("source", out var source))
        {
            throw Error($"{at} has no 'source'; expected a string or an array of strings.");
        }

        if (!MultilineText.IsValid(source))
        {
            throw Error($"{at}: 'source' must be a string or an array of strings; found {Describe(source)}.");
        }

        OptionalString(cell, "id", at);
        if (cell.TryGetPropertyValue("metadata", out var metadata))
        {
            ValidateCellMetadata(Require<JsonObject>(metadata, $"{at}: 'metadata'", "an object"), at);
        }

        if (kind == "code")
        {
            ValidateExecutionCount(cell, at);
            if (cell.TryGetPropertyValue("outputs", out var outputs))
            {
                var outputArray = Require<JsonArray>(outputs, $"{at}: 'outputs'", "an array");
                for (var i = 0; i < outputArray.Count; i++)
                {
                    ValidateOutput(outputArray[i], $"{at}, output {i + 1}");
                }
            }
        }
    }

    private void ValidateCellMetadata(JsonObject metadata, string at)
    {
        if (metadata.TryGetPropertyValue("tags", out var tags) && !IsStringArray(tags))
        {
            throw Error($"{at}: 'metadata.tags' must be an array of strings; found {Describe(tags)}.");
        }

        OptionalString(metadata.ObjectAt("polyglot_notebook"), "kernelName", $"{at}: 'metadata.polyglot_notebook'");
        OptionalString(metadata.ObjectAt("dotnet_interactive"), "language", $"{at}: 'metadata.dotnet_interactive'");
        OptionalString(metadata.ObjectAt("vscode"), "languageId", $"{at}: 'metadata.vscode'");
    }

    private void ValidateOutput(JsonNode? node, string at)
    {
        var output = Require<JsonObject>(node, at, "an object");
        var type = RequireString(output, "output_type", at);
        switch (type)
        {
            case StreamOutput.Type:
                RequireString(output, "name", at);
                RequireMultiline(output, "text", at);
                break;
            case DisplayDataOutput.Type:
                ValidateMimeBundle(output, at);
                break;
            case ExecuteResultOutput.Type:
                ValidateMimeBundle(output, at);
                if (!output.ContainsKey("execution_count"))
                {
                    throw Error($"{at} has no 'execution_count'; expected an integer or null.");
                }

                ValidateExecutionCount(output, at);
                break;
            case ErrorOutput.Type:
                RequireString(output, "ename", at);
                RequireString(output, "evalue", at);
                if (!output.TryGetPropertyValue("traceback", out var traceback))
                {
                    throw Error($"{at} has no 'traceback'; expected an array of strings.");
                }

                if (!IsStringArray(traceback))
                {
                    throw Error($"{at}: 'traceback' must be an array of strings; found {Describe(traceback)}.");
                }

                break;
            default:
                throw Error($"{at}: 'output_type' must be \"stream\", \"display_data\", \"execute_result\" or \"error\"; found \"{type}\".");
        }
    }

    private void ValidateMimeBundle(JsonObject output, string at)
    {
        if (!output.TryGetPropertyValue("data", out var data))
        {
            throw Error($"{at} has no 'data'; expected an object keyed by MIME type.");
        }

        foreach (var (mimeType, value) in Require<JsonObject>(data, $"{at}: 'data'", "an object"))
        {
            if (!MimeBundle.IsJsonMimeType(mimeType) && !MultilineText.IsValid(value))
            {
                throw Error($"{at}: 'data' for '{mimeType}' must be a string or an array of strings; found {Describe(value)}.");
            }
        }

        if (output.TryGetPropertyValue("metadata", out var metadata))
        {
            Require<JsonObject>(metadata, $"{at}: 'metadata'", "an object");
        }
    }

    private void ValidateExecutionCount(JsonObject owner, string at)
    {
        if (owner["execution_count"] is { } count && !(count is JsonValue value && value.TryGetValue<int>(out var n) && n >= 0))
        {
            throw Error($"{at}: 'execution_count' must be a non-negative integer or null; found {Describe(count)}.");
        }
    }

    private int RequireInteger(JsonObject owner, string key, string missing)
    {
        if (!owner.TryGetPropertyValue(key, out var node))
        {
            throw Error(missing);
        }

        return node is JsonValue value && value.TryGetValue<int>(out var n)
            ? n
            : throw Error($"'{key}' must be an integer; found {Describe(node)}.");
    }

    private string RequireString(JsonObject owner, string key, string at)
    {
        owner.TryGetPropertyValue(key, out var node);
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw Error(!owner.ContainsKey(key)
                ? $"{at} has no '{key}'; expected a string."
                : $"{at}: '{key}' must be a string; found {Describe(node)}.");
    }

    private void OptionalString(JsonObject? owner, string key, string at)
    {
        if (owner is not null && owner.ContainsKey(key))
        {
            RequireString(owner, key, at);
        }
    }

    private void RequireMultiline(JsonObject owner, string key, string at)
    {
        if (!owner.TryGetPropertyValue(key, out var node))
        {
            throw Error($"{at} has no '{key}'; expected a string or an array of strings.");
        }

        if (!MultilineText.IsValid(node))
        {
            throw Error($"{at}: '{key}' must be a string or an array of strings; found {Describe(node)}.");
        }
    }

    private T Require<T>(JsonNode? node, string what, string expected)
        where T : JsonNode
        => node as T ?? throw Error($"{what} must be {expected}; found {Describe(node)}.");

    private static bool IsStringArray(JsonNode? node)
        => node is JsonArray items && items.All(item => item is JsonValue value && value.GetValueKind() == JsonValueKind.String);

    /// <summary>What a node is, for an error message: "a number (42)", "an array", "null", "nothing".</summary>
    internal static string Describe(JsonNode? node)
    {
        if (node is null)
        {
            return "null";
        }

        var kind = node.GetValueKind();
        return kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => $"a string ({Shorten(node.ToJsonString())})",
            JsonValueKind.Number => $"a number ({Shorten(node.ToJsonString())})",
            JsonValueKind.True or JsonValueKind.False => node.ToJsonString(),
            _ => kind.ToString().ToUpperInvariant(),
        };
    }

    private static string Shorten(string text)
        => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");

    private NotebookFormatException Error(string problem) => new(notebookName, problem);
}
