using System.Text.Json.Nodes;
using Markdig;
using Markdig.Renderers;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// Markdown cells (and <c>text/markdown</c> outputs) as HTML, with Markdig's advanced extensions (tables, footnotes, task
/// lists, maths, …) less the two that would let a notebook's text put live markup on a reviewer's page.
/// </summary>
internal static class MarkdownHtml
{
    private const string AttachmentScheme = "attachment:";

    // Raw HTML in markdown is legitimate in notebooks, but reviewers open these pages from papers they did not write:
    // DisableHtml() shows it escaped, as text, rather than running it. For the same reason the pipeline leaves out two of
    // the advanced extensions: generic attributes ({onclick=...} would bring script back) and media links (which turn a
    // link into an <iframe> of a video site, a page that only works online).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAlertBlocks()
        .UseAbbreviations()
        .UseAutoIdentifiers()
        .UseCitations()
        .UseCustomContainers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFooters()
        .UseFootnotes()
        .UseGridTables()
        .UseMathematics()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseDiagrams()
        .UseAutoLinks()
        .DisableHtml()
        .ConfigureNewLine("\n")
        .Build();

    /// <summary>The HTML of <paramref name="markdown"/>; <c>attachment:</c> images resolve to <paramref name="attachments"/> (a cell's <c>attachments</c>).</summary>
    public static string Render(string markdown, JsonObject? attachments = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { LinkRewriter = url => RewriteUrl(url, attachments) };
        Pipeline.Setup(renderer);
        renderer.Render(Markdown.Parse(HtmlText.NormalizeLineBreaks(markdown), Pipeline));
        writer.Flush();
        return writer.ToString();
    }

    private static string RewriteUrl(string url, JsonObject? attachments)
    {
        if (url.StartsWith(AttachmentScheme, StringComparison.OrdinalIgnoreCase))
        {
            return AttachmentDataUri(url[AttachmentScheme.Length..], attachments) ?? url;
        }

        // Browsers ignore tabs, line breaks and leading blanks in a scheme: "java\tscript:" is still javascript:.
        var scheme = new string([.. url.Where(c => c > ' ')]).ToUpperInvariant();
        return scheme.StartsWith("JAVASCRIPT:", StringComparison.Ordinal)
            || scheme.StartsWith("VBSCRIPT:", StringComparison.Ordinal)
            || (scheme.StartsWith("DATA:", StringComparison.Ordinal) && !scheme.StartsWith("DATA:IMAGE/", StringComparison.Ordinal))
                ? "#unsafe-link-removed"
                : url;
    }

    /// <summary>Jupyter keeps images pasted into a markdown cell in the cell: <c>attachments.{name}.{mime type}</c> holds base64.</summary>
    private static string? AttachmentDataUri(string name, JsonObject? attachments)
    {
        if (attachments is null)
        {
            return null;
        }

        var bundle = attachments[name] as JsonObject ?? attachments[Uri.UnescapeDataString(name)] as JsonObject;
        var image = bundle?.FirstOrDefault(entry => entry.Key.StartsWith("image/", StringComparison.Ordinal));
        if (image?.Value is not { } data || !MultilineText.IsValid(data))
        {
            return null;
        }

        var mimeType = image.Value.Key;
        var text = MultilineText.Read(data);
        return mimeType == "image/svg+xml"
            ? "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text))
            : $"data:{mimeType};base64,{Base64.Compact(text)}";
    }
}
