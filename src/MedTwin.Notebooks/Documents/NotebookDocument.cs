using System.Globalization;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents.Jupyter;

namespace MedTwin.Notebooks.Documents;

/// <summary>
/// A notebook: its cells and its metadata, held as Jupyter's nbformat 4 JSON whatever file it came from. Everything MedTwin
/// does not interpret is kept, in the order read, so that writing an unchanged notebook gives back the same bytes.
/// Read one with <see cref="NotebookReader"/>, write it with <see cref="NotebookWriter"/>.
/// </summary>
public sealed class NotebookDocument
{
    private readonly List<NotebookCell> cells;

    // Ids in use and the lowest "cell-N" not yet tried, kept between insertions; a removal may free an id, so it resets both.
    private HashSet<string>? usedIds;
    private int nextIdNumber = 1;

    internal NotebookDocument(JsonObject root, object? layout)
    {
        Root = root;
        Layout = layout;
        cells = [.. root["cells"]!.AsArray().Select(cell => new NotebookCell(this, (JsonObject)cell!))];
    }

    /// <summary>The whole notebook as nbformat JSON: <c>cells</c>, <c>metadata</c>, <c>nbformat</c>, <c>nbformat_minor</c> and any other key read.</summary>
    internal JsonObject Root { get; }

    /// <summary>How the file was laid out (indentation, line breaks, blank lines), recorded by its format's reader for its writer.</summary>
    internal object? Layout { get; }

    internal VerbatimText? Verbatim { get; set; }

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells => cells.AsReadOnly();

    /// <summary>The notebook's metadata (<c>kernelspec</c>, <c>polyglot_notebook</c>, …). A notebook stored without any gets an empty object on first access.</summary>
    public JsonObject Metadata
    {
        get
        {
            if (StoredMetadata is { } metadata)
            {
                return metadata;
            }

            metadata = [];
            Root.SetSorted("metadata", metadata);
            return metadata;
        }
    }

    /// <summary>The minor version of nbformat 4 (<c>nbformat_minor</c>); from 5 on, every cell has an id.</summary>
    public int FormatMinorVersion => Root["nbformat_minor"]!.GetValue<int>();

    /// <summary>
    /// The kernel of cells that name none: <c>metadata.polyglot_notebook.kernelInfo.defaultKernelName</c>, else the kernel that
    /// <c>metadata.kernelspec</c> names (its language "C#", or its name ".net-csharp"), else "csharp" as in Polyglot Notebooks.
    /// </summary>
    public string DefaultKernelName
        => StoredMetadata.StringAt("defaultKernelName", "polyglot_notebook", "kernelInfo")
            ?? KernelNames.FromLanguage(StoredMetadata.StringAt("language", "kernelspec"))
            ?? (StoredMetadata.StringAt("name", "kernelspec") is { } name && name.StartsWith(".net-", StringComparison.Ordinal) ? name[".net-".Length..] : null)
            ?? KernelNames.Default;

    internal IReadOnlyDictionary<string, string> KernelAliases => KernelNames.Aliases(StoredMetadata.ObjectAt("polyglot_notebook", "kernelInfo"));

    private JsonObject? StoredMetadata => Root["metadata"] as JsonObject;

    /// <summary>
    /// A new, empty C# notebook with the metadata Polyglot Notebooks writes, so that VS Code opens it with the .NET kernel without asking:
    /// nbformat 4.5, <c>kernelspec</c> ".net-csharp", <c>language_info</c> "polyglot-notebook" and <c>polyglot_notebook.kernelInfo</c>
    /// with "csharp" as default kernel. It is written as nbformat writes: keys sorted, one-space indentation, a final line break.
    /// </summary>
    public static NotebookDocument CreateCSharp()
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = KernelSpec(KernelNames.Default),
                ["language_info"] = PolyglotLanguageInfo(),
                ["polyglot_notebook"] = PolyglotKernelInfo(KernelNames.Default),
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return new NotebookDocument(root, JsonLayout.Nbformat);
    }

    /// <summary>
    /// The <c>kernelspec</c> Polyglot Notebooks writes for a default kernel: those that <c>dotnet interactive jupyter install</c>
    /// lays down for C#, F# and PowerShell, and the C# one for any other kernel, as Polyglot Notebooks does.
    /// </summary>
    internal static JsonObject KernelSpec(string defaultKernelName)
    {
        var (displayName, language, name) = defaultKernelName switch
        {
            "fsharp" => (".NET (F#)", "F#", ".net-fsharp"),
            "pwsh" => (".NET (PowerShell)", "PowerShell", ".net-pwsh"),
            _ => (".NET (C#)", "C#", ".net-csharp"),
        };
        return new JsonObject { ["display_name"] = displayName, ["language"] = language, ["name"] = name };
    }

    /// <summary>VS Code's <c>language_info</c> for Polyglot Notebooks: its cells' language is "polyglot-notebook", the kernel is per cell.</summary>
    internal static JsonObject PolyglotLanguageInfo() => new() { ["name"] = "polyglot-notebook" };

    /// <summary>The <c>polyglot_notebook</c> metadata Polyglot Notebooks writes for a notebook whose only kernel is <paramref name="kernelName"/>.</summary>
    internal static JsonObject PolyglotKernelInfo(string kernelName) => new()
    {
        ["kernelInfo"] = new JsonObject
        {
            ["defaultKernelName"] = kernelName,
            ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = kernelName }),
        },
    };

    /// <summary>The notebook-level metadata value at <paramref name="key"/> (e.g. "medtwin"), or null if absent.</summary>
    public JsonNode? GetMetadata(string key) => StoredMetadata?[key];

    /// <summary>Sets notebook-level metadata, keeping the key's place if it exists and sorted order if it is new.</summary>
    public void SetMetadata(string key, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Metadata.SetSorted(key, value?.Detached());
    }

    /// <summary>The position of <paramref name="cell"/> in <see cref="Cells"/>, or -1 if it is not this notebook's.</summary>
    public int IndexOf(NotebookCell cell) => cells.IndexOf(cell);

    /// <summary>Adds a cell at the end. See <see cref="InsertCell"/>.</summary>
    public NotebookCell AppendCell(NotebookCellKind kind, string source, string? kernelName = null)
        => InsertCell(cells.Count, kind, source, kernelName);

    /// <summary>Inserts a cell right after <paramref name="anchor"/> (papermill's <c>injected-parameters</c> cell goes after <c>parameters</c>). See <see cref="InsertCell"/>.</summary>
    public NotebookCell InsertCellAfter(NotebookCell anchor, NotebookCellKind kind, string source, string? kernelName = null)
    {
        var index = IndexOf(anchor);
        return index < 0
            ? throw new ArgumentException("The cell is not in this notebook.", nameof(anchor))
            : InsertCell(index + 1, kind, source, kernelName);
    }

    /// <summary>
    /// Inserts a new cell at <paramref name="index"/>. A code cell gets the Polyglot kernel metadata of <paramref name="kernelName"/>
    /// (default: <see cref="DefaultKernelName"/>), no outputs and no execution count. From nbformat 4.5 on the cell gets an id
    /// "cell-N", the lowest N no cell uses: ids depend on the notebook only, never on chance or the clock.
    /// </summary>
    public NotebookCell InsertCell(int index, NotebookCellKind kind, string source, string? kernelName = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, cells.Count);
        var json = NewCellJson(kind, source, kernelName ?? DefaultKernelName, FormatMinorVersion >= 5 ? NextCellId() : null);
        Root["cells"]!.AsArray().Insert(index, json);
        var cell = new NotebookCell(this, json);
        cells.Insert(index, cell);
        return cell;
    }

    /// <summary>Removes <paramref name="cell"/> from the notebook.</summary>
    public void RemoveCell(NotebookCell cell)
    {
        var index = IndexOf(cell);
        if (index < 0)
        {
            throw new ArgumentException("The cell is not in this notebook.", nameof(cell));
        }

        Root["cells"]!.AsArray().RemoveAt(index);
        cells.RemoveAt(index);
        usedIds = null;
        nextIdNumber = 1;
    }

    private static JsonObject NewCellJson(NotebookCellKind kind, string source, string kernelName, string? id)
    {
        var json = new JsonObject
        {
            ["cell_type"] = kind switch
            {
                NotebookCellKind.Code => "code",
                NotebookCellKind.Markdown => "markdown",
                _ => "raw",
            },
        };
        if (kind == NotebookCellKind.Code)
        {
            json["execution_count"] = null;
        }

        if (id is not null)
        {
            json["id"] = id;
        }

        // Polyglot Notebooks writes the kernel twice: polyglot_notebook is current, dotnet_interactive is kept for older readers.
        json["metadata"] = kind == NotebookCellKind.Code
            ? new JsonObject
            {
                ["dotnet_interactive"] = new JsonObject { ["language"] = kernelName },
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernelName },
            }
            : new JsonObject();
        if (kind == NotebookCellKind.Code)
        {
            json["outputs"] = new JsonArray();
        }

        json["source"] = MultilineText.ToLines(source);
        return json;
    }

    private string NextCellId()
    {
        usedIds ??= cells.Select(cell => cell.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            var id = "cell-" + nextIdNumber.ToString(CultureInfo.InvariantCulture);
            nextIdNumber++;
            if (usedIds.Add(id))
            {
                return id;
            }
        }
    }
}
