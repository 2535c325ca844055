using System.Text;

namespace MedTwin.Notebooks.Rendering;

/// <summary>
/// The frame of every page MedTwin renders: an HTML5 document whose only style is the inline stylesheet below. Nothing is
/// loaded from elsewhere (no stylesheet or font; the one script is the report folder's own plotly.js), so a reviewer can
/// read the pages offline and they never change with a server. Lines end in "\n" whatever the system.
/// </summary>
internal static class HtmlPage
{
    private const string StyleSheet = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --code: #f6f8fa; --error: #cf222e; --error-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5; --ok: #1a7f37; --ok-bg: #dafbe1; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #ffffff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875rem; }
        pre { margin: 0; padding: 0.5rem 0.75rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid var(--line); padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: var(--code); }
        a { color: #0969da; }
        .page-header { border-bottom: 1px solid var(--line); margin-bottom: 1.5rem; color: var(--muted); }
        .page-title { margin: 0 0 0.5rem; font-size: 0.95rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; overflow-wrap: anywhere; }
        .cell { display: grid; grid-template-columns: 5.5rem minmax(0, 1fr); column-gap: 0.5rem; margin: 0 0 1rem; }
        .prompt { grid-column: 1; color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.8rem; text-align: right; padding-top: 0.55rem; white-space: nowrap; }
        .prompt .kernel { display: block; font-size: 0.7rem; }
        .body { grid-column: 2; min-width: 0; }
        .source pre { background: var(--code); border: 1px solid var(--line); border-radius: 4px; }
        .markdown { padding: 0 0.25rem; overflow-wrap: anywhere; }
        .markdown code { background: var(--code); padding: 0.1rem 0.25rem; border-radius: 3px; }
        .markdown pre code { background: none; padding: 0; }
        .markdown pre { background: var(--code); border-radius: 4px; }
        .markdown img, .output img, .output svg { max-width: 100%; height: auto; }
        .raw pre { border: 1px dashed var(--line); color: var(--muted); }
        .output { grid-column: 1 / span 2; display: grid; grid-template-columns: 5.5rem minmax(0, 1fr); column-gap: 0.5rem; margin-top: 0.25rem; }
        .output > .body { overflow-x: auto; }
        .stream-stderr pre { background: var(--warn-bg); border-left: 3px solid var(--warn); }
        .error pre { background: var(--error-bg); border-left: 3px solid var(--error); color: #82071e; }
        .error .error-name { font-weight: bold; }
        .note { color: var(--muted); font-style: italic; margin: 0.25rem 0; }
        .chart { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: 0.75rem; align-items: start; }
        .chart figure { margin: 0; min-width: 0; }
        .chart figcaption { color: var(--muted); font-size: 0.8rem; text-align: center; }
        .chart .svg svg { display: block; width: 100%; height: auto; }
        .page-footer { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 0.5rem; color: var(--muted); font-size: 0.875rem; }
        .page-footer h2 { font-size: 1rem; color: var(--ink); }
        .manifest td:first-child { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; white-space: nowrap; }
        .manifest ul { margin: 0; padding-left: 1.2rem; }
        .index { width: 100%; }
        .index td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .result-identical { color: var(--ok); background: var(--ok-bg); }
        .result-differs { color: var(--warn); background: var(--warn-bg); }
        .result-failed { color: var(--error); background: var(--error-bg); }
        @media (max-width: 40rem) { .chart { grid-auto-flow: row; } .cell, .output { grid-template-columns: minmax(0, 1fr); } .prompt { grid-column: 1; text-align: left; padding-top: 0; } .body { grid-column: 1; } .output { grid-column: 1; } }
        """;

    /// <summary>Writes the doctype, the head (title, inline stylesheet) and opens <c>body</c> and <c>main</c>.</summary>
    public static void Begin(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"en\">\n")
            .Append("<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"MedTwin\">\n")
            .Append("<title>").Append(HtmlText.Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlText.NormalizeLineBreaks(StyleSheet)).Append("\n</style>\n")
            .Append("</head>\n")
            .Append("<body>\n")
            .Append("<main>\n");
    }

    /// <summary>Closes what <see cref="Begin"/> opened.</summary>
    public static void End(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");
}
