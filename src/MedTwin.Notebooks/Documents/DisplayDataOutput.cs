using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>Something a cell displayed (<c>"output_type": "display_data"</c>): a MIME bundle and its metadata.</summary>
public sealed class DisplayDataOutput : NotebookOutput
{
    internal const string Type = "display_data";

    /// <summary>A new display output.</summary>
    /// <param name="data">The data by MIME type.</param>
    /// <param name="metadata">Metadata by MIME type (image sizes, say); empty if null.</param>
    public DisplayDataOutput(MimeBundle data, JsonObject? metadata = null)
        : base(new JsonObject
        {
            ["data"] = (data ?? throw new ArgumentNullException(nameof(data))).Json.Detached(),
            ["metadata"] = metadata?.Detached() ?? new JsonObject(),
            ["output_type"] = Type,
        })
    {
    }

    internal DisplayDataOutput(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The data by MIME type.</summary>
    public MimeBundle Data => new((JsonObject)Json["data"]!);

    /// <summary>The output's metadata, empty if the file has none.</summary>
    public JsonObject Metadata => Json["metadata"] as JsonObject ?? [];
}
