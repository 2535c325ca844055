using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>
/// One cell of a <see cref="NotebookDocument"/>: a live view of the cell's JSON, which keeps every key MedTwin does not
/// interpret (attachments, ids, unknown metadata) so that an unchanged notebook is written back byte for byte.
/// </summary>
public sealed class NotebookCell
{
    private readonly NotebookDocument document;

    internal NotebookCell(NotebookDocument document, JsonObject json)
    {
        this.document = document;
        Json = json;
    }

    internal JsonObject Json { get; }

    /// <summary>Code, markdown or raw.</summary>
    public NotebookCellKind Kind => Json["cell_type"]!.GetValue<string>() switch
    {
        "code" => NotebookCellKind.Code,
        "markdown" => NotebookCellKind.Markdown,
        _ => NotebookCellKind.Raw,
    };

    /// <summary>The cell's id (nbformat 4.5 and later), or null if it has none.</summary>
    public string? Id => Json.StringAt("id");

    /// <summary>The cell's text exactly as stored, lines joined. Setting it keeps the stored representation (one string or lines).</summary>
    public string Source
    {
        get => MultilineText.Read(Json["source"]);
        set => Json["source"] = MultilineText.Replace(Json["source"], value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>The <see cref="Source"/> to run: without a first line such as <c>#!fsharp</c> that only selects the kernel.</summary>
    public string Code
    {
        get
        {
            var source = Source;
            if (Kind != NotebookCellKind.Code || MagicKernel(source) is null)
            {
                return source;
            }

            var end = source.IndexOf('\n', StringComparison.Ordinal);
            return end < 0 ? "" : source[(end + 1)..];
        }
    }

    /// <summary>
    /// The kernel that runs the cell, e.g. "csharp". For a code cell: a first line such as <c>#!fsharp</c>, else
    /// <c>metadata.polyglot_notebook.kernelName</c>, else <c>metadata.dotnet_interactive.language</c>, else
    /// <c>metadata.vscode.languageId</c>, else the notebook's <see cref="NotebookDocument.DefaultKernelName"/>.
    /// A markdown cell gives "markdown", a raw cell "raw".
    /// </summary>
    public string KernelName => Kind switch
    {
        NotebookCellKind.Markdown => KernelNames.Markdown,
        NotebookCellKind.Raw => "raw",
        _ => MagicKernel(Source)
            ?? StoredMetadata.StringAt("kernelName", "polyglot_notebook")
            ?? StoredMetadata.StringAt("language", "dotnet_interactive")
            ?? KernelNames.FromLanguage(StoredMetadata.StringAt("languageId", "vscode"))
            ?? document.DefaultKernelName,
    };

    /// <summary>The cell's metadata. A cell stored without any gets an empty object on first access.</summary>
    public JsonObject Metadata
    {
        get
        {
            if (StoredMetadata is { } metadata)
            {
                return metadata;
            }

            metadata = [];
            Json.SetSorted("metadata", metadata);
            return metadata;
        }
    }

    /// <summary>The cell's tags (<c>metadata.tags</c>), e.g. "parameters"; empty if it has none.</summary>
    public IReadOnlyList<string> Tags
        => StoredMetadata?["tags"] is JsonArray tags ? [.. tags.Select(tag => tag!.GetValue<string>())] : [];

    /// <summary>The execution count of a code cell, or null if it has not run (or is not a code cell).</summary>
    public int? ExecutionCount => Json["execution_count"]?.GetValue<int>();

    /// <summary>The outputs of a code cell, in order; empty for other cells.</summary>
    public IReadOnlyList<NotebookOutput> Outputs
        => Json["outputs"] is JsonArray outputs ? [.. outputs.Select(output => NotebookOutput.FromJson((JsonObject)output!))] : [];

    private JsonObject? StoredMetadata => Json["metadata"] as JsonObject;

    /// <summary>Adds <paramref name="tag"/> to <c>metadata.tags</c> unless the cell has it already.</summary>
    public void AddTag(string tag)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        if (Metadata["tags"] is not JsonArray tags)
        {
            tags = [];
            Metadata.SetSorted("tags", tags);
        }

        if (!Tags.Contains(tag, StringComparer.Ordinal))
        {
            tags.Add(JsonValue.Create(tag));
        }
    }

    /// <summary>Replaces a code cell's outputs and execution count, as running it does.</summary>
    /// <exception cref="InvalidOperationException">The cell is not a code cell.</exception>
    public void SetOutputs(IEnumerable<NotebookOutput> outputs, int? executionCount)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (Kind != NotebookCellKind.Code)
        {
            throw new InvalidOperationException($"Only code cells have outputs; this is a {Json["cell_type"]!.GetValue<string>()} cell.");
        }

        Json.SetSorted("execution_count", executionCount);
        Json.SetSorted("outputs", new JsonArray([.. outputs.Select(output => output.Json.Detached())]));
    }

    private string? MagicKernel(string source) => KernelNames.FromMagicLine(KernelNames.FirstLine(source), document.KernelAliases);
}
