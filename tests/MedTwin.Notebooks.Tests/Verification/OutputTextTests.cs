using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Tests.Support;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Notebooks.Tests.Verification;

public sealed class OutputTextTests
{
    [Fact]
    public void Each_output_is_a_header_line_and_its_content()
    {
        NotebookOutput[] outputs =
        [
            new StreamOutput("stdout", "hello\n"),
            new ExecuteResultOutput(3, new MimeBundle().SetText("text/plain", "42")),
            new DisplayDataOutput(new MimeBundle().SetText("text/html", "<table>\n<tr><td>1</td></tr>\n</table>")),
            new ErrorOutput("System.InvalidOperationException", "boom", ["System.InvalidOperationException: boom", "   at <cell> in cell-3, line 2"]),
        ];

        Assert.Equal(
            """
            [stdout]
            hello
            [execute_result text/plain]
            42
            [display_data text/html]
            <table>
            <tr><td>1</td></tr>
            </table>
            [error System.InvalidOperationException]
            boom
            System.InvalidOperationException: boom
               at <cell> in cell-3, line 2

            """.ReplaceLineEndings("\n"),
            OutputText.Render(outputs));
    }

    [Fact]
    public void Execution_counts_and_output_metadata_are_not_part_of_the_text()
    {
        var first = new ExecuteResultOutput(1, new MimeBundle().SetText("text/plain", "42"), new JsonObject { ["a"] = 1 });
        var second = new ExecuteResultOutput(7, new MimeBundle().SetText("text/plain", "42"));

        Assert.Equal(OutputText.Render([first]), OutputText.Render([second]));
    }

    [Fact]
    public void Consecutive_writes_to_one_stream_are_joined_however_they_were_split()
    {
        var split = OutputText.Render([new StreamOutput("stdout", "a\n"), new StreamOutput("stdout", "b\n"), new StreamOutput("stderr", "warning\n"), new StreamOutput("stdout", "c")]);

        Assert.Equal("[stdout]\na\nb\n[stderr]\nwarning\n[stdout]\nc\n", split);
        Assert.Equal(OutputText.Render([new StreamOutput("stdout", "a\nb\n")]), OutputText.Render([new StreamOutput("stdout", "a\n"), new StreamOutput("stdout", "b\n")]));
    }

    [Fact]
    public void A_bundle_gives_one_section_per_MIME_type_in_ordinal_order_and_JSON_is_indented_with_sorted_keys()
    {
        var bundle = new MimeBundle()
            .SetText("text/plain", "x")
            .SetJson("application/json", new JsonObject { ["b"] = 1, ["a"] = new JsonArray(1, "ü") })
            .SetText("text/html", "<b>x</b>\n");

        Assert.Equal(
            "[display_data application/json]\n{\n  \"a\": [\n    1,\n    \"ü\"\n  ],\n  \"b\": 1\n}\n[display_data text/html]\n<b>x</b>\n[display_data text/plain]\nx\n",
            OutputText.Render([new DisplayDataOutput(bundle)]));
    }

    [Fact]
    public void Images_are_compared_by_the_SHA_256_of_their_bytes()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var hash = Convert.ToHexStringLower(SHA256.HashData(png));
        var bundle = new MimeBundle().SetText("image/png", Convert.ToBase64String(png)).SetText("image/svg+xml", "<svg/>");

        Assert.Equal(
            $"[display_data image/png]\nsha256 {hash}, 8 bytes\n[display_data image/svg+xml]\n<svg/>\n",
            OutputText.Render([new DisplayDataOutput(bundle)]));
    }

    [Fact]
    public void The_png_a_front_end_adds_to_a_plotly_chart_is_not_part_of_the_text_but_a_png_of_its_own_is()
    {
        var figure = JsonNode.Parse("""{"data":[],"layout":{},"config":{}}""")!;
        var chart = new MimeBundle().SetJson("application/vnd.plotly.v1+json", figure).SetText("image/svg+xml", "<svg/>").SetText("text/plain", "Plotly chart: 0 traces");
        var saved = new MimeBundle().SetJson("application/vnd.plotly.v1+json", figure).SetText("image/svg+xml", "<svg/>").SetText("text/plain", "Plotly chart: 0 traces")
            .SetText("image/png", Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47]));
        var picture = new MimeBundle().SetText("image/png", Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47]));

        Assert.Equal(OutputText.Render([new DisplayDataOutput(chart)]), OutputText.Render([new DisplayDataOutput(saved)]));
        Assert.Contains("[display_data image/png]", OutputText.Render([new DisplayDataOutput(picture)]), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_compares_whatever_order_its_keys_were_saved_in_but_not_whatever_order_its_arrays_hold()
    {
        var written = new MimeBundle();
        written.Json["application/vnd.plotly.v1+json"] = JsonNode.Parse("""{"data":[{"y":[1,2],"x":[0,1]}],"layout":{},"config":{"responsive":true}}""");
        var saved = new MimeBundle();
        saved.Json["application/vnd.plotly.v1+json"] = JsonNode.Parse("""{"config":{"responsive":true},"data":[{"x":[0,1],"y":[1,2]}],"layout":{}}""");
        var reordered = new MimeBundle();
        reordered.Json["application/vnd.plotly.v1+json"] = JsonNode.Parse("""{"config":{"responsive":true},"data":[{"x":[1,0],"y":[2,1]}],"layout":{}}""");

        Assert.Equal(OutputText.Render([new DisplayDataOutput(saved)]), OutputText.Render([new DisplayDataOutput(written)]));
        Assert.NotEqual(OutputText.Render([new DisplayDataOutput(saved)]), OutputText.Render([new DisplayDataOutput(reordered)]));
    }

    [Fact]
    public void Json_numbers_compare_by_value_whichever_way_a_front_end_spelled_them()
    {
        var dotnet = new MimeBundle();
        dotnet.Json["application/json"] = JsonNode.Parse("""{"y":[8.924877742638067E-05,1.0,2E+20]}""");
        var python = new MimeBundle();
        python.Json["application/json"] = JsonNode.Parse("""{"y":[8.924877742638067e-05,1.0,2e+20]}""");
        var other = new MimeBundle();
        other.Json["application/json"] = JsonNode.Parse("""{"y":[8.92487774264e-05,1.0,2e+20]}""");

        Assert.Equal(OutputText.Render([new DisplayDataOutput(dotnet)]), OutputText.Render([new DisplayDataOutput(python)]));
        Assert.NotEqual(OutputText.Render([new DisplayDataOutput(dotnet)]), OutputText.Render([new DisplayDataOutput(other)]));
    }

    [Fact]
    public void A_bundle_stores_json_with_its_keys_sorted_at_every_depth_as_nbformat_does()
    {
        var bundle = new MimeBundle().SetJson("application/json", JsonNode.Parse("""{"b":{"z":1,"a":[{"y":2,"x":1}]},"a":0}""")!);

        Assert.Equal("""{"a":0,"b":{"a":[{"x":1,"y":2}],"z":1}}""", bundle.GetJson("application/json")!.ToJsonString());
    }

    [Fact]
    public void Windows_line_breaks_are_read_as_line_feeds()
    {
        Assert.Equal("[stdout]\na\nb\n", OutputText.Render([new StreamOutput("stdout", "a\r\nb\r\n")]));
    }

    [Fact]
    public void No_outputs_are_empty_text()
    {
        Assert.Equal("", OutputText.Render([]));
    }

    [Fact]
    public void Outputs_of_every_kind_render_as_verified()
    {
        var notebook = NotebookReader.Read(Fixtures.PathOf("new-csharp-notebook-with-outputs.ipynb"));

        VerifiedSnapshot.Match(string.Concat(notebook.Cells.Select(cell => $"=== cell {notebook.IndexOf(cell) + 1} ({cell.KernelName})\n{OutputText.Render(cell.Outputs)}")));
    }
}
