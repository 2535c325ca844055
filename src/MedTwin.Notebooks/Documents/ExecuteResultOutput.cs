using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>The value of a cell's last expression (<c>"output_type": "execute_result"</c>): a MIME bundle, its metadata and the execution count.</summary>
public sealed class ExecuteResultOutput : NotebookOutput
{
    internal const string Type = "execute_result";

    /// <summary>A new execution result.</summary>
    /// <param name="executionCount">The count of the execution that produced it, as on its cell.</param>
    /// <param name="data">The data by MIME type.</param>
    /// <param name="metadata">Metadata by MIME type; empty if null.</param>
    public ExecuteResultOutput(int? executionCount, MimeBundle data, JsonObject? metadata = null)
        : base(new JsonObject
        {
            ["data"] = (data ?? throw new ArgumentNullException(nameof(data))).Json.Detached(),
            ["execution_count"] = executionCount,
            ["metadata"] = metadata?.Detached() ?? new JsonObject(),
            ["output_type"] = Type,
        })
    {
    }

    internal ExecuteResultOutput(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The execution count, or null where Jupyter stores null.</summary>
    public int? ExecutionCount => Json["execution_count"]?.GetValue<int>();

    /// <summary>The data by MIME type.</summary>
    public MimeBundle Data => new((JsonObject)Json["data"]!);

    /// <summary>The output's metadata, empty if the file has none.</summary>
    public JsonObject Metadata => Json["metadata"] as JsonObject ?? [];
}
