using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Display;
using MedTwin.Notebooks.Rendering;
using MedTwin.Notebooks.Tests.Display;
using MedTwin.Notebooks.Tests.Support;

namespace MedTwin.Notebooks.Tests.Rendering;

public sealed partial class NotebookHtmlRendererTests
{
    [Fact]
    public void Markdown_cells_are_rendered_with_headings_lists_and_code_spans()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Markdown, "# Glucose twin\n\n- first\n- second\n\nCall `Study.Begin` first.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb");

        Assert.Contains("<h1 id=\"glucose-twin\">Glucose twin</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<li>first</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>second</li>", html, StringComparison.Ordinal);
        Assert.Contains("<code>Study.Begin</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_HTML_in_markdown_is_shown_escaped_not_run()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Markdown, "Text <script>alert(1)</script> and\n\n<div onclick=\"steal()\">block</div>\n");

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div onclick", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;div onclick=&quot;steal()&quot;&gt;block&lt;/div&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_can_neither_add_attributes_nor_link_to_script()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Markdown, "# Title {onclick=\"steal()\"}\n\n[click](javascript:alert(1)) [tab](java\tscript:alert(1)) [page](data:text/html,hi)\n");

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb");

        Assert.DoesNotContain("onclick=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#unsafe-link-removed\">click</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_attached_to_a_markdown_cell_are_embedded_as_data_URIs()
    {
        var notebook = NotebookDocument.CreateCSharp();
        var cell = notebook.AppendCell(NotebookCellKind.Markdown, "![diagram](attachment:diagram.png)");
        cell.Json["attachments"] = new JsonObject { ["diagram.png"] = new JsonObject { ["image/png"] = "iVBORw0KGgo=" } };

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb");

        Assert.Contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"diagram\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_cells_show_their_source_with_the_execution_count_as_Jupyter_does()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Code, "var x = 1;\nif (x < 2) { }").SetOutputs([], executionCount: 3);
        notebook.AppendCell(NotebookCellKind.Code, "x");

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb");

        Assert.Contains("<div class=\"prompt\">In [3]:</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"prompt\">In [ ]:</div>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-csharp\">var x = 1;\nif (x &lt; 2) { }</code></pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_in_another_kernel_than_the_notebook_s_names_its_kernel_and_hides_the_magic_line()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Code, "#!fsharp\nlet x = 1");

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb");

        Assert.Contains("<span class=\"kernel\">fsharp</span>", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-fsharp\">let x = 1</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_cells_are_shown_as_preformatted_escaped_text()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Raw, "<b>not bold</b>\n  indented");

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb");

        Assert.Contains("<div class=\"body raw\"><pre>&lt;b&gt;not bold&lt;/b&gt;\n  indented</pre></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_output_and_standard_error_are_preformatted_and_told_apart()
    {
        var html = RenderOutputs(new StreamOutput("stdout", "fitted 3 models\n"), new StreamOutput("stderr", "warning: <low> n\n"));

        Assert.Contains("<div class=\"output stream stream-stdout\">", html, StringComparison.Ordinal);
        Assert.Contains("<pre>fitted 3 models\n</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"output stream stream-stderr\">", html, StringComparison.Ordinal);
        Assert.Contains("<pre>warning: &lt;low&gt; n\n</pre>", html, StringComparison.Ordinal);
        Assert.Contains(".stream-stderr pre {", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_colours_and_progress_rewrites_in_a_stream_show_as_the_terminal_would()
    {
        var html = RenderOutputs(new StreamOutput("stdout", "\u001b[32mok\u001b[0m\n10%\r55%\r100%\ndone\r\n"));

        Assert.Contains("<pre>ok\n100%\ndone\n</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HTML_outputs_are_inserted_as_the_notebook_shows_them()
    {
        var table = "<table><tr><th>age</th></tr><tr><td>54</td></tr></table>";
        var html = RenderOutputs(new ExecuteResultOutput(2, new MimeBundle().SetText("text/html", table).SetText("text/plain", "DataFrame (1 row)")));

        Assert.Contains("<div class=\"html\">\n" + table + "\n</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"prompt\">Out[2]:</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("DataFrame (1 row)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_outputs_are_escaped()
    {
        var html = RenderOutputs(new DisplayDataOutput(new MimeBundle().SetText("text/plain", "<script>alert('x') & more</script>")));

        Assert.Contains("<pre>&lt;script&gt;alert(&#39;x&#39;) &amp; more&lt;/script&gt;</pre>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PNG_outputs_become_data_URIs_with_the_size_they_were_shown_at()
    {
        var metadata = new JsonObject { ["image/png"] = new JsonObject { ["width"] = 640, ["height"] = 480 } };
        var html = RenderOutputs(new DisplayDataOutput(new MimeBundle().SetText("image/png", "iVBORw0K\nGgo=\n").SetText("text/plain", "<Figure>"), metadata));

        Assert.Contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" width=\"640\" height=\"480\" alt=\"image/png output\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;Figure&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void JPEG_outputs_become_data_URIs_and_SVG_outputs_are_inline()
    {
        var html = RenderOutputs(
            new DisplayDataOutput(new MimeBundle().SetText("image/jpeg", "/9j/4AAQ")),
            new DisplayDataOutput(new MimeBundle().SetText("image/svg+xml", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>")));

        Assert.Contains("<img src=\"data:image/jpeg;base64,/9j/4AAQ\"", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"svg\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>\n</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_only_outputs_are_shown_as_indented_JSON_and_others_are_named_not_dropped()
    {
        var html = RenderOutputs(
            new DisplayDataOutput(new MimeBundle().SetJson("application/json", new JsonObject { ["dose"] = 1.5 })),
            new DisplayDataOutput(new MimeBundle().SetText("application/x-custom", "?")));

        Assert.Contains("<pre>{\n  &quot;dose&quot;: 1.5\n}</pre>", html, StringComparison.Ordinal);
        Assert.Contains("it has application/x-custom", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_show_name_message_and_traceback_styled_as_errors()
    {
        var html = RenderOutputs(new ErrorOutput(
            "System.InvalidOperationException",
            "Snapshot <glucose> v2 failed its hash check",
            ["\u001b[31mat Study.OpenSnapshot(String name)\u001b[0m", "at Submission#0"]));

        Assert.Contains(
            "<div class=\"output error\">",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<pre><span class=\"error-name\">System.InvalidOperationException</span>: Snapshot &lt;glucose&gt; v2 failed its hash check\n\nat Study.OpenSnapshot(String name)\nat Submission#0</pre>",
            html,
            StringComparison.Ordinal);
        Assert.Contains(".error pre {", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_shown_not_lost()
    {
        var html = RenderOutputs(new StreamOutput("stdout", "bell\u0007 nul\0\n"));

        Assert.Contains("<pre>bell\u2407 nul\u2400\n</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_is_escaped()
    {
        var html = NotebookHtmlRenderer.Render(NotebookDocument.CreateCSharp(), "<img src=x onerror=alert(1)>.ipynb");

        Assert.Contains("<title>&lt;img src=x onerror=alert(1)&gt;.ipynb</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_manifest_is_shown_in_the_footer_as_a_table_of_its_keys_and_values_in_stored_order()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.SetMetadata("medtwin", new JsonObject
        {
            ["manifest"] = new JsonObject
            {
                ["library"] = "0.1.0+abc123",
                ["seed"] = 42,
                ["snapshots"] = new JsonArray(new JsonObject { ["name"] = "pima", ["sha256"] = "ab<cd" }),
                ["mixed"] = new JsonArray(1, new JsonObject { ["a"] = true }),
                ["parameters"] = new JsonObject(),
                ["culture"] = null,
            },
        });

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb");
        var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];

        Assert.Contains("<tr><td>library</td><td>0.1.0+abc123</td></tr>", footer, StringComparison.Ordinal);
        Assert.Contains("<tr><td>seed</td><td>42</td></tr>", footer, StringComparison.Ordinal);
        Assert.Contains("<tr><td>snapshots</td><td>\n<table>\n<tr><th>name</th><th>sha256</th></tr>\n<tr><td>pima</td><td>ab&lt;cd</td></tr>\n</table>\n</td></tr>", footer, StringComparison.Ordinal);
        Assert.Contains("<tr><td>mixed</td><td>\n<ul>\n<li>1</li>\n<li>\n<table>\n<tr><td>a</td><td>true</td></tr>\n</table>\n</li>\n</ul>\n</td></tr>", footer, StringComparison.Ordinal);
        Assert.Contains("<tr><td>parameters</td><td>{}</td></tr>", footer, StringComparison.Ordinal);
        Assert.Contains("<tr><td>culture</td><td><em>null</em></td></tr>", footer, StringComparison.Ordinal);
        Assert.True(footer.IndexOf("library", StringComparison.Ordinal) < footer.IndexOf("seed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manifest_stored_under_the_dotted_key_is_found_and_a_missing_one_is_said_to_be_missing()
    {
        var notebook = NotebookDocument.CreateCSharp();
        var without = NotebookHtmlRenderer.Render(notebook, "study.ipynb");
        notebook.SetMetadata("medtwin.manifest", new JsonObject { ["seed"] = 7 });

        var with = NotebookHtmlRenderer.Render(notebook, "study.ipynb");

        Assert.Contains("records no run manifest", without, StringComparison.Ordinal);
        Assert.Contains("<tr><td>seed</td><td>7</td></tr>", with, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_the_same_notebook_twice_gives_the_same_bytes_whatever_the_culture()
    {
        var text = NotebookWriter.ToText(RichNotebook(), NotebookFormat.Ipynb);
        var first = NotebookHtmlRenderer.Render(NotebookReader.Parse(text, NotebookFormat.Ipynb), "study.ipynb");

        string second;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            second = NotebookHtmlRenderer.Render(NotebookReader.Parse(text, NotebookFormat.Ipynb), "study.ipynb");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(Encoding.UTF8.GetBytes(first), Encoding.UTF8.GetBytes(second));
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_refers_to_nothing_outside_itself()
    {
        var html = NotebookHtmlRenderer.Render(RichNotebook(), "study.ipynb");

        AssertSelfContained(html);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("max-width:", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_plotly_js_a_chart_shows_its_static_svg_and_the_page_needs_nothing_else()
    {
        var html = RenderOutputs(new DisplayDataOutput(ChartBundle(TestCharts.Glucose())));

        Assert.Contains("<figure class=\"chart-static\">\n<div class=\"svg\">\n<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        AssertSelfContained(html);
    }

    [Fact]
    public void With_plotly_js_beside_it_a_chart_is_drawn_from_its_figure_json_next_to_its_svg_and_plotly_js_is_loaded_once()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Code, "a").SetOutputs([new DisplayDataOutput(ChartBundle(TestCharts.Glucose()))], executionCount: 1);
        notebook.AppendCell(NotebookCellKind.Code, "b").SetOutputs([new DisplayDataOutput(ChartBundle(TestCharts.Pair("x", "y")))], executionCount: 2);

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb", "../plotly.min.js");

        Assert.Equal(1, Regex.Count(html, "<script src=\"../plotly.min.js\"></script>"));
        Assert.Equal(2, Regex.Count(html, "<figure class=\"chart-static\">"));
        Assert.Contains("<div class=\"plotly-chart\" id=\"nb-chart-1\"></div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"plotly-chart\" id=\"nb-chart-2\"></div>", html, StringComparison.Ordinal);
        var figure = Regex.Match(html, "<script type=\"application/json\" id=\"nb-chart-1-figure\">(.*?)</script>").Groups[1].Value;
        Assert.Equal("glucose", JsonNode.Parse(figure)!["data"]![0]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("plotly.js v", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_a_charts_figure_cannot_close_its_script_element()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Code, "a").SetOutputs([new DisplayDataOutput(ChartBundle(TestCharts.Pair("</script><script>alert(1)</script>", "b")))], executionCount: 1);

        var html = NotebookHtmlRenderer.Render(notebook, "study.ipynb", "plotly.min.js");

        Assert.Equal(3, Regex.Count(html, "</script>", RegexOptions.IgnoreCase));
        var figure = Regex.Match(html, "<script type=\"application/json\" id=\"nb-chart-1-figure\">(.*?)</script>").Groups[1].Value;
        Assert.Equal("</script><script>alert(1)</script>", JsonNode.Parse(figure)!["data"]![0]!["name"]!.GetValue<string>());
    }

    private static MimeBundle ChartBundle(Plotly.NET.GenericChart chart)
    {
        var bundle = new MimeBundle();
        foreach (var (mimeType, text) in new DisplayFormatter().Format(chart).Data)
        {
            _ = mimeType == MimeTypes.PlotlyJson ? bundle.SetJson(mimeType, JsonNode.Parse(text)!) : bundle.SetText(mimeType, text);
        }

        return bundle;
    }

    [Theory]
    [InlineData("vscode-polyglot.ipynb")]
    [InlineData("vscode-polyglot.dib")]
    [InlineData("jupyter-nbformat.ipynb")]
    [InlineData("windows-crlf.ipynb")]
    [InlineData("crlf-hand-written.dib")]
    [InlineData("hand-edited-irregular.ipynb")]
    [InlineData("new-csharp-notebook-with-outputs.ipynb")]
    public void Notebooks_from_the_wild_render_deterministically_and_self_contained(string fixture)
    {
        var first = NotebookHtmlRenderer.Render(NotebookReader.Read(Fixtures.PathOf(fixture)), fixture);
        var second = NotebookHtmlRenderer.Render(NotebookReader.Read(Fixtures.PathOf(fixture)), fixture);

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        AssertSelfContained(first);
    }

    /// <summary>No element loads anything from elsewhere. Inline scripts are skipped: plotly.js's own text mentions web addresses.</summary>
    internal static void AssertSelfContained(string html)
    {
        Assert.DoesNotMatch(ScriptWithSource(), html);
        var markup = InlineScript().Replace(html, "<script></script>");
        foreach (var reference in (string[])["src=\"http", "href=\"http", "src=\"//", "href=\"//", "<link", "@import", "url(http", "<iframe"])
        {
            Assert.DoesNotContain(reference, markup, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex(@"<script\b[^>]*\bsrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithSource();

    [GeneratedRegex(@"<script\b[^>]*>.*?</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    private static string RenderOutputs(params NotebookOutput[] outputs)
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Code, "Run()").SetOutputs(outputs, executionCount: 2);
        return NotebookHtmlRenderer.Render(notebook, "study.ipynb");
    }

    private static NotebookDocument RichNotebook()
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Markdown, "# Study\n\nDose 1.5 mg, see [methods](#methods).\n\n## Methods\n");
        notebook.AppendCell(NotebookCellKind.Code, "var x = 1.5;\nx").SetOutputs(
            [
                new StreamOutput("stdout", "fitting\n"),
                new StreamOutput("stderr", "slow\n"),
                new DisplayDataOutput(new MimeBundle().SetText("image/png", "iVBORw0KGgo=")),
                new ExecuteResultOutput(1, new MimeBundle().SetText("text/html", "<b>1.5</b>").SetText("text/plain", "1.5")),
                new ErrorOutput("E", "bad", ["trace"]),
            ],
            executionCount: 1);
        notebook.AppendCell(NotebookCellKind.Raw, "raw");
        notebook.SetMetadata("medtwin", new JsonObject { ["manifest"] = new JsonObject { ["seed"] = 42, ["ratio"] = 0.25 } });
        return notebook;
    }
}
