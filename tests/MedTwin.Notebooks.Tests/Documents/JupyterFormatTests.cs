using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Tests.Support;

namespace MedTwin.Notebooks.Tests.Documents;

public sealed class JupyterFormatTests
{
    private static NotebookDocument Read(string fixture) => NotebookReader.Read(Fixtures.PathOf(fixture));

    [Fact]
    public void Cells_of_a_VS_Code_notebook_are_read_with_kind_kernel_source_and_tags()
    {
        var document = Read("vscode-polyglot.ipynb");

        var cells = document.Cells.Select(cell => (cell.Kind, cell.KernelName)).ToList();
        Assert.Equal(
            [
                (NotebookCellKind.Markdown, "markdown"), (NotebookCellKind.Code, "csharp"), (NotebookCellKind.Code, "csharp"),
                (NotebookCellKind.Code, "csharp"), (NotebookCellKind.Code, "fsharp"), (NotebookCellKind.Code, "pwsh"),
                (NotebookCellKind.Code, "mermaid"), (NotebookCellKind.Code, "value"), (NotebookCellKind.Code, "html"),
                (NotebookCellKind.Code, "javascript"), (NotebookCellKind.Raw, "raw"), (NotebookCellKind.Markdown, "markdown"),
            ],
            cells);
        Assert.Equal("# Glukose-Studie: Patientin Zoë 🩺\n\nDosis ≥ 0,5 IE/kg — 血糖 mmol/L.\n\n![chart](attachment:chart.png)", document.Cells[0].Source);
        Assert.Equal(["parameters"], document.Cells[1].Tags);
        Assert.Empty(document.Cells[2].Tags);
        Assert.Equal("console.log(\"hi \\u2028 \\\\ \\\"q\\\"\");", document.Cells[9].Source);
        Assert.Equal("", document.Cells[11].Source);
        Assert.Null(document.Cells[0].Id);
        Assert.Equal("csharp", document.DefaultKernelName);
    }

    [Fact]
    public void A_leading_kernel_line_selects_the_kernel_and_is_not_part_of_the_code()
    {
        var cell = Read("vscode-polyglot.ipynb").Cells[5];

        Assert.Equal("pwsh", cell.KernelName);
        Assert.Equal("#!pwsh\nGet-Date", cell.Source);
        Assert.Equal("Get-Date", cell.Code);
    }

    [Fact]
    public void Outputs_of_every_kind_are_read()
    {
        var cell = Read("vscode-polyglot.ipynb").Cells[2];

        Assert.Equal(3, cell.ExecutionCount);
        var outputs = cell.Outputs;
        Assert.Equal(["stream", "stream", "display_data", "execute_result"], outputs.Select(output => output.OutputType));
        var stdout = Assert.IsType<StreamOutput>(outputs[0]);
        Assert.Equal(("stdout", "Zoë\tok\n"), (stdout.Name, stdout.Text));
        Assert.Equal("stderr", Assert.IsType<StreamOutput>(outputs[1]).Name);
        var display = Assert.IsType<DisplayDataOutput>(outputs[2]);
        Assert.Equal(["text/html", "text/plain"], display.Data.MimeTypes);
        Assert.Equal("<b>fett</b>", display.Data.GetText("text/html"));
        var result = Assert.IsType<ExecuteResultOutput>(outputs[3]);
        Assert.Equal(3, result.ExecutionCount);
        Assert.Equal("IE/kg", result.Data.GetJson("application/json")!["units"]!.GetValue<string>());
        Assert.Throws<InvalidOperationException>(() => result.Data.GetText("application/json"));
        Assert.Null(result.Data.GetText("image/png"));

        var error = Assert.IsType<ErrorOutput>(Read("vscode-polyglot.ipynb").Cells[3].Outputs.Single());
        Assert.Equal("Error", error.ErrorName);
        Assert.Equal("System.InvalidOperationException: Ungültig", error.ErrorValue);
        Assert.Equal(["\u001b[31mSystem.InvalidOperationException: Ungültig\u001b[0m", "   at Submission#4.<<Initialize>>d__0.MoveNext()"], error.Traceback);
    }

    [Fact]
    public void Text_stored_as_one_string_is_read_and_replaced_as_one_string()
    {
        var document = Read("dotnet-interactive-two-space-no-final-newline.ipynb");
        var cell = document.Cells[1];
        Assert.Equal("var x = 1;\nx", cell.Source);
        Assert.Equal("eins\nzwei\n", Assert.IsType<StreamOutput>(cell.Outputs[1]).Text);

        cell.Source = "var x = 2;\nx";

        var expected = Fixtures.Text("dotnet-interactive-two-space-no-final-newline.ipynb")
            .Replace("\"source\": \"var x = 1;\\nx\"", "\"source\": \"var x = 2;\\nx\"", StringComparison.Ordinal);
        Assert.Equal(expected, NotebookWriter.ToText(document, NotebookFormat.Ipynb));
    }

    [Fact]
    public void Changing_one_cell_of_a_VS_Code_notebook_changes_only_that_cells_lines()
    {
        var document = Read("vscode-polyglot.ipynb");

        document.Cells[1].Source = "var seed = 7;\nvar dose = 0.25;\n";

        var expected = Fixtures.Text("vscode-polyglot.ipynb").Replace(
            "    \"var seed = 42;\\n\",\n    \"var dose = 0.5;\"\n",
            "    \"var seed = 7;\\n\",\n    \"var dose = 0.25;\\n\"\n",
            StringComparison.Ordinal);
        Assert.Equal(expected, NotebookWriter.ToText(document, NotebookFormat.Ipynb));
    }

    [Fact]
    public void Changes_to_a_CRLF_notebook_are_written_with_CRLF()
    {
        var document = Read("windows-crlf.ipynb");

        document.Cells[1].Source = "var seed = 7;";

        var expected = Fixtures.Text("windows-crlf.ipynb").Replace(
            "    \"var seed = 42;\\n\",\r\n    \"var dose = 0.5;\"\r\n",
            "    \"var seed = 7;\"\r\n",
            StringComparison.Ordinal);
        Assert.Equal(expected, NotebookWriter.ToText(document, NotebookFormat.Ipynb));
    }

    [Fact]
    public void Numbers_and_escapes_keep_the_text_they_were_written_with()
    {
        var document = Read("jupyter-nbformat.ipynb");
        var medtwin = document.GetMetadata("medtwin")!.AsObject();
        medtwin["added"] = 1;

        var text = NotebookWriter.ToText(document, NotebookFormat.Ipynb);

        Assert.Contains("\"tolerance\": 1e-05,", text, StringComparison.Ordinal);
        Assert.Contains("\"weight\": 1.0", text, StringComparison.Ordinal);
        Assert.Contains("\"big\": 1e+20,", text, StringComparison.Ordinal);
        Assert.Contains("\"\\u001b[0;31mValueError\\u001b[0m: bad\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Zoë\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_added_to_a_notebook_written_ASCII_only_is_escaped_as_Python_escapes_it()
    {
        var document = Read("ensure-ascii.ipynb");
        Assert.Equal("Temperatur ℃ — Zoë 😀", document.Cells[0].Source);
        Assert.Equal("csharp", document.Cells[1].KernelName);

        document.Cells[0].Source = "Zoë 😀";

        Assert.Contains("\"Zo\\u00eb \\ud83d\\ude00\"", NotebookWriter.ToText(document, NotebookFormat.Ipynb), StringComparison.Ordinal);
    }

    [Fact]
    public void Attachments_ids_and_unknown_metadata_are_kept()
    {
        var document = Read("jupyter-nbformat.ipynb");

        Assert.Equal(["intro", "parameters-cell", "compute", "fails", "raw-1", "empty"], document.Cells.Select(cell => cell.Id));
        Assert.Equal("text/latex", document.Cells[4].Metadata["raw_mimetype"]!.GetValue<string>());
        Assert.NotNull(document.GetMetadata("widgets"));
        Assert.True(Read("vscode-polyglot.ipynb").Cells[0].Metadata.Count == 0);
        Assert.Contains("\"chart.png\"", NotebookWriter.ToText(Read("vscode-polyglot.ipynb"), NotebookFormat.Ipynb), StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_images_stay_one_string_and_svg_is_split_into_lines_as_nbformat_does()
    {
        var display = Assert.IsType<DisplayDataOutput>(Read("jupyter-nbformat.ipynb").Cells[2].Outputs[2]);

        Assert.IsType<JsonValue>(display.Data.GetJson("image/png"), exactMatch: false);
        Assert.IsType<JsonArray>(display.Data.GetJson("image/svg+xml"));
        Assert.Equal("<svg>\n</svg>\n", display.Data.GetText("image/svg+xml"));
        Assert.Equal(480, display.Metadata["image/png"]!["height"]!.GetValue<int>());
    }
}
