using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Tests.Support;

namespace MedTwin.Notebooks.Tests.Documents;

public sealed class DibFormatTests
{
    private static NotebookDocument Read(string fixture) => NotebookReader.Read(Fixtures.PathOf(fixture));

    [Fact]
    public void Cells_of_a_VS_Code_dib_are_split_at_kernel_lines_and_magic_commands_stay_in_their_cell()
    {
        var document = Read("vscode-polyglot.dib");

        Assert.Equal(
            ["markdown", "csharp", "fsharp", "pwsh", "html", "javascript", "value", "mermaid", "kql-telemetry", "csharp"],
            document.Cells.Select(cell => cell.KernelName));
        Assert.Equal(NotebookCellKind.Markdown, document.Cells[0].Kind);
        Assert.All(document.Cells.Skip(1), cell => Assert.Equal(NotebookCellKind.Code, cell.Kind));
        Assert.Equal("# Glukose-Studie 🩺\n\nPatientin Zoë, Dosis ≥ 0,5 IE/kg.", document.Cells[0].Source);
        Assert.Equal("#r \"nuget: MathNet.Numerics, 5.0.0\"\n#!time\n\nvar seed = 42;\n\nConsole.WriteLine($\"Seed {seed}\");", document.Cells[1].Source);
        Assert.Equal("#!value --name csv --mime-type text/csv\na,b\n1,2", document.Cells[6].Code);
        Assert.StartsWith("#!connect kql", document.Cells[8].Source, StringComparison.Ordinal);
        Assert.Equal("#!share --from javascript x\ndisplay(x);", document.Cells[9].Source);
        Assert.All(document.Cells, cell => Assert.Empty(cell.Outputs));
    }

    [Fact]
    public void The_meta_cell_becomes_notebook_metadata_as_Polyglot_Notebooks_puts_it_in_an_ipynb()
    {
        var document = Read("vscode-polyglot.dib");

        Assert.Equal("csharp", document.DefaultKernelName);
        Assert.Equal(8, document.Metadata["polyglot_notebook"]!["kernelInfo"]!["items"]!.AsArray().Count);
        Assert.Equal(42, document.GetMetadata("medtwin")!["seed"]!.GetValue<int>());
        Assert.Equal(".net-csharp", document.Metadata["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("polyglot-notebook", document.Metadata["language_info"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void A_hand_written_dib_with_CRLF_aliases_and_text_before_the_first_header_is_read()
    {
        var document = Read("crlf-hand-written.dib");

        Assert.Equal(
            [("csharp", "var early = \"before any header\";"), ("csharp", "var x = 1;"), ("markdown", "# Überschrift"), ("fsharp", "let y = 2"), ("csharp", "#!value --name data\n{\"a\": 1}")],
            document.Cells.Select(cell => (cell.KernelName, cell.Source)));
        Assert.Null(document.GetMetadata("polyglot_notebook"));
    }

    [Fact]
    public void Changing_a_dib_cell_keeps_the_rest_of_the_file_and_its_line_breaks()
    {
        var document = Read("crlf-hand-written.dib");

        document.Cells[3].Source = "let y = 3\nlet z = 4";

        var expected = Fixtures.Text("crlf-hand-written.dib").Replace("let y = 2", "let y = 3\r\nlet z = 4", StringComparison.Ordinal);
        Assert.Equal(expected, NotebookWriter.ToText(document, NotebookFormat.Dib));
    }

    [Fact]
    public void A_new_notebook_is_written_to_dib_as_VS_Code_writes_it()
    {
        var document = NotebookDocument.CreateCSharp();
        document.AppendCell(NotebookCellKind.Markdown, "# Titel");
        document.AppendCell(NotebookCellKind.Code, "var x = 1;\n\nx\n");
        document.AppendCell(NotebookCellKind.Code, "let y = 2", "fsharp");
        document.SetMetadata("medtwin", new JsonObject { ["seed"] = 1 });

        Assert.Equal(
            "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"name\":\"csharp\"}]},\"medtwin\":{\"seed\":1}}\n\n"
            + "#!markdown\n\n# Titel\n\n#!csharp\n\nvar x = 1;\n\nx\n\n#!fsharp\n\nlet y = 2\n",
            NotebookWriter.ToText(document, NotebookFormat.Dib));
    }

    [Fact]
    public void Writing_an_ipynb_to_dib_drops_outputs_and_cell_metadata_and_reading_it_back_keeps_kernels_and_sources()
    {
        var ipynb = Read("vscode-polyglot.ipynb");
        ipynb.RemoveCell(ipynb.Cells.Single(cell => cell.Kind == NotebookCellKind.Raw));

        var dib = NotebookWriter.ToText(ipynb, NotebookFormat.Dib);
        var back = NotebookReader.Parse(dib, NotebookFormat.Dib);

        Assert.DoesNotContain("fett", dib.Replace("display(\"<b>fett</b>\");", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("parameters", dib, StringComparison.Ordinal);
        Assert.Equal(
            ipynb.Cells.Where(cell => cell.Source.Length > 0).Select(cell => (cell.KernelName, cell.Code)),
            back.Cells.Where(cell => cell.Source.Length > 0).Select(cell => (cell.KernelName, cell.Source)));
        Assert.Equal(ipynb.GetMetadata("medtwin")!.ToJsonString(), back.GetMetadata("medtwin")!.ToJsonString());
    }

    [Fact]
    public void A_dib_converted_to_ipynb_opens_with_the_Polyglot_kernel_and_has_cell_ids()
    {
        var document = Read("vscode-polyglot.dib");

        var ipynb = NotebookReader.Parse(NotebookWriter.ToText(document, NotebookFormat.Ipynb), NotebookFormat.Ipynb);

        Assert.Equal(document.Cells.Select(cell => (cell.KernelName, cell.Source)), ipynb.Cells.Select(cell => (cell.KernelName, cell.Source)));
        Assert.Equal("cell-1", ipynb.Cells[0].Id);
        Assert.Equal("C#", ipynb.Metadata["kernelspec"]!["language"]!.GetValue<string>());
        Assert.Equal("mermaid", ipynb.Cells[7].Metadata["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
    }

    [Fact]
    public void A_raw_cell_cannot_be_written_to_dib()
    {
        var document = Read("jupyter-nbformat.ipynb");

        var error = Assert.Throws<InvalidOperationException>(() => NotebookWriter.ToText(document, NotebookFormat.Dib));

        Assert.Equal("Cell 5 is a raw cell; a .dib file has no raw cells.", error.Message);
    }

    [Fact]
    public void A_cell_with_a_line_that_would_start_a_new_dib_cell_cannot_be_written_to_dib()
    {
        var document = NotebookDocument.CreateCSharp();
        document.AppendCell(NotebookCellKind.Code, "var x = 1;\n#!fsharp\nlet y = 2");

        var error = Assert.Throws<InvalidOperationException>(() => NotebookWriter.ToText(document, NotebookFormat.Dib));

        Assert.Equal("Cell 1 has a line '#!fsharp' that a .dib file would read as the start of a new cell.", error.Message);
    }

    [Fact]
    public void An_empty_dib_is_a_notebook_without_cells()
    {
        var document = NotebookReader.Parse("", NotebookFormat.Dib);

        Assert.Empty(document.Cells);
        Assert.Equal("", NotebookWriter.ToText(document, NotebookFormat.Dib));
    }
}
