using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents.Jupyter;

/// <summary>Reads an .ipynb: parses the JSON keeping key order and original number and string text, checks it, and records its layout.</summary>
internal static class JupyterReader
{
    /// <summary>Deeper JSON is refused, so that hostile input cannot exhaust the stack; real notebooks nest a few dozen levels at most.</summary>
    public const int MaxDepth = 128;

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    public static NotebookDocument Read(string text, string notebookName)
    {
        var root = ParseJson(text, notebookName, "is not valid JSON");
        new JupyterValidator(notebookName).ValidateNotebook(root);
        return new NotebookDocument((JsonObject)root!, JsonLayoutDetector.Detect(text, root!));
    }

    /// <summary>Parses JSON, turning a syntax error into one that names the notebook and gives the 1-based line and byte of the fault.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="notebookName">The name errors give.</param>
    /// <param name="what">What the error says the text is not, e.g. "is not valid JSON".</param>
    /// <param name="firstLine">The 0-based line of the file where <paramref name="json"/> starts, for JSON inside a .dib.</param>
    internal static JsonNode? ParseJson(string json, string notebookName, string what, int firstLine = 0)
    {
        try
        {
            return JsonNode.Parse(json.TrimStart('\uFEFF'), nodeOptions: null, ParseOptions);
        }
        catch (JsonException e)
        {
            var position = e.LineNumber is { } line
                ? $" at line {line + 1 + firstLine}, byte {e.BytePositionInLine + 1}"
                : "";
            throw new NotebookFormatException(notebookName, $"{what}{position}: {WithoutPosition(e.Message)}", e);
        }
    }

    private static string WithoutPosition(string message)
    {
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return suffix < 0 ? message : message[..suffix];
    }
}
