using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents.Jupyter;

namespace MedTwin.Notebooks.Documents.Dib;

/// <summary>
/// Reads Polyglot Notebooks' .dib text: an optional first <c>#!meta</c> cell holding JSON (<c>{"kernelInfo": {…}}</c>), then cells,
/// each started by a line naming a kernel (<c>#!csharp</c>, <c>#!markdown</c>, <c>#!fsharp</c>, an alias such as <c>#!c#</c>, or a kernel
/// the <c>kernelInfo</c> declares). Other <c>#!</c> lines (<c>#!time</c>, <c>#!value --name x</c>) are magic commands inside a cell.
/// Text before the first header is a cell of the default kernel. The notebook gets the metadata Polyglot Notebooks would give it as .ipynb.
/// </summary>
internal static class DibReader
{
    private const string MetaHeader = "#!meta";

    public static NotebookDocument Read(string text, string notebookName)
    {
        var byteOrderMark = text.StartsWith('\uFEFF');
        var body = byteOrderMark ? text[1..] : text;
        var firstBreak = body.IndexOf('\n', StringComparison.Ordinal);
        var newline = firstBreak > 0 && body[firstBreak - 1] == '\r' ? "\r\n" : "\n";
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        var start = 0;
        while (start < lines.Length && lines[start].Length == 0)
        {
            start++;
        }

        var metadata = new JsonObject();
        DibCellLayout? metaLayout = null;
        JsonLayout? metaJsonLayout = null;
        var leadingBlankLines = 0;
        if (start < lines.Length && lines[start] == MetaHeader)
        {
            leadingBlankLines = start;
            var end = start + 1;
            while (end < lines.Length && !lines[end].StartsWith("#!", StringComparison.Ordinal))
            {
                end++;
            }

            var section = DibSection.Of(lines.AsSpan(start + 1, end - start - 1));
            (metadata, metaJsonLayout) = ReadMeta(section, start, notebookName);
            metaLayout = new DibCellLayout(MetaHeader, section.BlankLinesBefore, section.BlankLinesAfter);
            start = end;
        }
        else
        {
            start = 0;
        }

        var aliases = KernelNames.Aliases(metadata.ObjectAt("polyglot_notebook", "kernelInfo"));
        var headers = Enumerable.Range(start, lines.Length - start).Where(i => KernelNames.FromMagicLine(lines[i], aliases) is not null).ToList();
        var firstHeader = headers.Count > 0 ? headers[0] : lines.Length;
        var preamble = DibSection.Of(lines.AsSpan(start, firstHeader - start));
        var hasHeaderlessCell = preamble.Text.Length > 0;
        if (metaLayout is null && !hasHeaderlessCell)
        {
            leadingBlankLines = firstHeader;
        }

        var layout = new DibLayout
        {
            Newline = newline,
            ByteOrderMark = byteOrderMark,
            LeadingBlankLines = leadingBlankLines,
            Meta = metaLayout,
            MetaJson = metaJsonLayout,
        };
        var document = new NotebookDocument(NewRoot(metadata), layout);
        if (hasHeaderlessCell)
        {
            AddCell(document, layout, null, document.DefaultKernelName, preamble);
        }

        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h];
            var next = h + 1 < headers.Count ? headers[h + 1] : lines.Length;
            var section = DibSection.Of(lines.AsSpan(header + 1, next - header - 1));
            AddCell(document, layout, lines[header], KernelNames.FromMagicLine(lines[header], aliases)!, section);
        }

        return document;
    }

    private static void AddCell(NotebookDocument document, DibLayout layout, string? header, string kernelName, DibSection section)
    {
        var kind = kernelName == KernelNames.Markdown ? NotebookCellKind.Markdown : NotebookCellKind.Code;
        var cell = document.AppendCell(kind, string.Join('\n', section.Text), kernelName);
        layout.Cells[cell.Json] = new DibCellLayout(header, section.BlankLinesBefore, section.BlankLinesAfter);
    }

    /// <summary>
    /// Maps the <c>#!meta</c> JSON to notebook metadata as Polyglot Notebooks does for .ipynb: <c>kernelInfo</c> goes under
    /// <c>polyglot_notebook</c>, other keys (a MedTwin run manifest, say) stay at the top.
    /// </summary>
    /// <param name="section">The lines under the header.</param>
    /// <param name="headerLine">The 0-based line of the <c>#!meta</c> header.</param>
    /// <param name="notebookName">The name errors give.</param>
    private static (JsonObject Metadata, JsonLayout Layout) ReadMeta(DibSection section, int headerLine, string notebookName)
    {
        var json = string.Join('\n', section.Text);
        if (json.Trim().Length == 0)
        {
            throw new NotebookFormatException(notebookName, $"line {headerLine + 1}: the #!meta cell is empty; expected a JSON object such as {{\"kernelInfo\":{{…}}}}.");
        }

        var firstLine = headerLine + 1 + section.BlankLinesBefore;

        var node = JupyterReader.ParseJson(json, notebookName, "the #!meta cell is not valid JSON", firstLine);
        if (node is not JsonObject meta)
        {
            throw new NotebookFormatException(
                notebookName, $"line {firstLine + 1}: the #!meta cell must hold a JSON object; found {JupyterValidator.Describe(node)}.");
        }

        new JupyterValidator(notebookName).ValidateKernelInfo(meta["kernelInfo"], "#!meta kernelInfo");
        var metadata = new JsonObject();
        foreach (var (key, value) in meta)
        {
            metadata[key == "kernelInfo" ? "polyglot_notebook" : key] = key == "kernelInfo"
                ? new JsonObject { ["kernelInfo"] = value!.DeepClone() }
                : value?.DeepClone();
        }

        return (metadata, JsonLayoutDetector.Detect(json, node));
    }

    private static JsonObject NewRoot(JsonObject metadata)
    {
        var defaultKernel = metadata.StringAt("defaultKernelName", "polyglot_notebook", "kernelInfo") ?? KernelNames.Default;
        if (!metadata.ContainsKey("kernelspec"))
        {
            metadata.SetSorted("kernelspec", NotebookDocument.KernelSpec(defaultKernel));
        }

        if (!metadata.ContainsKey("language_info"))
        {
            metadata.SetSorted("language_info", NotebookDocument.PolyglotLanguageInfo());
        }

        return new JsonObject
        {
            ["cells"] = new JsonArray(),
            ["metadata"] = metadata,
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
    }
}
