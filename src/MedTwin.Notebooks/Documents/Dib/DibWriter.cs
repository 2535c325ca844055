using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents.Jupyter;

namespace MedTwin.Notebooks.Documents.Dib;

/// <summary>
/// Writes Polyglot Notebooks' .dib text, in the layout it was read in or as VS Code writes it (a blank line after each header and
/// after each cell's text). A .dib holds only each cell's kernel and text, and notebook metadata in <c>#!meta</c>: outputs,
/// execution counts, cell ids and cell metadata (tags included) are not written, nor <c>kernelspec</c> and <c>language_info</c>,
/// which Polyglot Notebooks derives. Blank lines at the start and end of a cell's text are not kept, as in Polyglot Notebooks.
/// </summary>
internal static class DibWriter
{
    private static readonly HashSet<string> IpynbOnlyMetadata = new(StringComparer.Ordinal) { "kernelspec", "language_info", "polyglot_notebook" };

    public static string Write(NotebookDocument document)
    {
        var layout = document.Layout as DibLayout;
        var lines = new List<string>();
        AddBlankLines(lines, layout?.LeadingBlankLines ?? 0);
        if (Meta(document) is { } meta)
        {
            var metaLayout = layout?.Meta ?? DibCellLayout.Polyglot("#!meta");
            lines.Add("#!meta");
            AddBlankLines(lines, metaLayout.BlankLinesBefore);
            lines.AddRange(LayoutJsonWriter.Write(meta, layout?.MetaJson ?? JsonLayout.Compact).Split('\n'));
            AddBlankLines(lines, metaLayout.BlankLinesAfter);
        }

        var aliases = document.KernelAliases;
        for (var index = 0; index < document.Cells.Count; index++)
        {
            var cell = document.Cells[index];
            if (cell.Kind == NotebookCellKind.Raw)
            {
                throw new InvalidOperationException($"Cell {index + 1} is a raw cell; a .dib file has no raw cells.");
            }

            var cellLayout = layout?.Cells.GetValueOrDefault(cell.Json);
            var text = Trim(cell.Source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
            var kernel = cell.KernelName;
            string? header;
            if (text.Length > 0 && KernelNames.FromMagicLine(text[0], aliases) is not null)
            {
                // A cell that selects its kernel in its first line (as .ipynb cells may): that line is the header.
                header = text[0];
                text = Trim(text[1..]);
            }
            else if (cellLayout is { Header: null } && index == 0 && kernel == document.DefaultKernelName)
            {
                header = null;
            }
            else
            {
                header = cellLayout?.Header is { } written && KernelNames.FromMagicLine(written, aliases) == kernel ? written : "#!" + kernel;
            }

            if (text.FirstOrDefault(line => KernelNames.FromMagicLine(line, aliases) is not null) is { } splitter)
            {
                throw new InvalidOperationException($"Cell {index + 1} has a line '{splitter}' that a .dib file would read as the start of a new cell.");
            }

            if (header is not null)
            {
                lines.Add(header);
            }

            var blankLines = cellLayout ?? DibCellLayout.Polyglot("#!" + kernel);
            AddBlankLines(lines, blankLines.BlankLinesBefore);
            lines.AddRange(text);
            AddBlankLines(lines, blankLines.BlankLinesAfter);
        }

        var content = string.Join(layout?.Newline ?? "\n", lines);
        return layout?.ByteOrderMark == true ? "\uFEFF" + content : content;
    }

    /// <summary>The <c>#!meta</c> JSON: Polyglot's <c>kernelInfo</c> first, then the notebook metadata that .ipynb alone does not need; null if there is none.</summary>
    private static JsonObject? Meta(NotebookDocument document)
    {
        var metadata = document.Root["metadata"] as JsonObject;
        var meta = new JsonObject();
        if (metadata.ObjectAt("polyglot_notebook")?["kernelInfo"] is { } kernelInfo)
        {
            meta["kernelInfo"] = kernelInfo.DeepClone();
        }

        foreach (var (key, value) in metadata ?? [])
        {
            if (!IpynbOnlyMetadata.Contains(key))
            {
                meta[key] = value?.DeepClone();
            }
        }

        return meta.Count == 0 ? null : meta;
    }

    private static string[] Trim(string[] lines)
    {
        var section = DibSection.Of(lines);
        return section.Text;
    }

    private static void AddBlankLines(List<string> lines, int count) => lines.AddRange(Enumerable.Repeat("", count));
}
