using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>
/// One output of a code cell, as Jupyter stores it (nbformat 4): <see cref="StreamOutput"/>, <see cref="DisplayDataOutput"/>,
/// <see cref="ExecuteResultOutput"/> or <see cref="ErrorOutput"/>. An output read from a notebook is a live view of its JSON,
/// which keeps every key MedTwin does not interpret.
/// </summary>
public abstract class NotebookOutput
{
    private protected NotebookOutput(JsonObject json) => Json = json;

    internal JsonObject Json { get; }

    /// <summary>Jupyter's <c>output_type</c>: "stream", "display_data", "execute_result" or "error".</summary>
    public string OutputType => Json["output_type"]!.GetValue<string>();

    /// <summary>Wraps JSON that the reader has validated.</summary>
    internal static NotebookOutput FromJson(JsonObject json) => json["output_type"]!.GetValue<string>() switch
    {
        StreamOutput.Type => new StreamOutput(json),
        DisplayDataOutput.Type => new DisplayDataOutput(json),
        ExecuteResultOutput.Type => new ExecuteResultOutput(json),
        ErrorOutput.Type => new ErrorOutput(json),
        var other => throw new InvalidOperationException($"Unknown output_type '{other}'."),
    };
}
