using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Tests.Support;

namespace MedTwin.Notebooks.Tests.Documents;

public sealed class NotebookEditingTests
{
    [Fact]
    public void A_new_CSharp_notebook_with_outputs_is_written_exactly_as_nbformat_writes_it()
    {
        var document = NotebookDocument.CreateCSharp();
        document.AppendCell(NotebookCellKind.Markdown, "# Studie\n\nPatientin Zoë");
        var code = document.AppendCell(NotebookCellKind.Code, "var x = 1;\nx");
        document.AppendCell(NotebookCellKind.Code, "");

        code.SetOutputs(
            [
                new StreamOutput("stdout", "a\nb\n"),
                new ExecuteResultOutput(1, new MimeBundle().SetText("text/plain", "2").SetText("text/html", "<b>\n2</b>")),
                new DisplayDataOutput(new MimeBundle().SetText("image/png", "iVBORw0KGgo=").SetJson("application/json", new JsonObject { ["a"] = new JsonArray(1, 2), ["b"] = 1 })),
                new ErrorOutput("E", "bad", ["\u001b[31mline1", "line2"]),
            ],
            executionCount: 1);

        Assert.Equal(Fixtures.Text("new-csharp-notebook-with-outputs.ipynb"), NotebookWriter.ToText(document, NotebookFormat.Ipynb));
    }

    [Fact]
    public void A_new_CSharp_notebook_carries_the_metadata_Polyglot_Notebooks_writes()
    {
        var document = NotebookDocument.CreateCSharp();

        Assert.Equal(
            """{"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"},"language_info":{"name":"polyglot-notebook"},"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}}""",
            document.Metadata.ToJsonString());
        Assert.Equal(5, document.FormatMinorVersion);
        Assert.Equal("csharp", document.DefaultKernelName);
        Assert.Equal("{\n \"cells\": [],\n", NotebookWriter.ToText(document, NotebookFormat.Ipynb)[..16]);
    }

    [Fact]
    public void Replacing_outputs_replaces_the_outputs_and_the_execution_count()
    {
        var document = NotebookReader.Read(Fixtures.PathOf("vscode-polyglot.ipynb"));
        var cell = document.Cells[2];

        cell.SetOutputs([new StreamOutput("stdout", "neu\n")], executionCount: 9);

        Assert.Equal(9, cell.ExecutionCount);
        Assert.Equal("neu\n", Assert.IsType<StreamOutput>(Assert.Single(cell.Outputs)).Text);
        cell.SetOutputs([], null);
        Assert.Null(cell.ExecutionCount);
        Assert.Empty(cell.Outputs);
        Assert.Throws<InvalidOperationException>(() => document.Cells[0].SetOutputs([], 1));
    }

    [Fact]
    public void Outputs_taken_from_another_cell_are_copied_not_moved()
    {
        var document = NotebookReader.Read(Fixtures.PathOf("vscode-polyglot.ipynb"));
        var source = document.Cells[2];

        document.Cells[4].SetOutputs(source.Outputs, 5);

        Assert.Equal(4, source.Outputs.Count);
        Assert.Equal(4, document.Cells[4].Outputs.Count);
    }

    [Fact]
    public void An_injected_parameters_cell_goes_right_after_the_parameters_cell_with_its_tag_and_a_deterministic_id()
    {
        var document = NotebookReader.Read(Fixtures.PathOf("jupyter-nbformat.ipynb"));
        var parameters = document.Cells.Single(cell => cell.Tags.Contains("parameters"));

        var injected = document.InsertCellAfter(parameters, NotebookCellKind.Code, "dose = 120\n");
        injected.AddTag("injected-parameters");
        injected.AddTag("injected-parameters");

        Assert.Same(injected, document.Cells[2]);
        Assert.Equal("cell-1", injected.Id);
        Assert.Equal(["injected-parameters"], injected.Tags);
        Assert.Equal("csharp", injected.KernelName);
        Assert.Equal("cell-2", document.AppendCell(NotebookCellKind.Markdown, "x").Id);

        var text = NotebookWriter.ToText(document, NotebookFormat.Ipynb);
        Assert.Contains(
            "   \"id\": \"cell-1\",\n   \"metadata\": {\n    \"dotnet_interactive\": {\n     \"language\": \"csharp\"\n    },\n"
            + "    \"polyglot_notebook\": {\n     \"kernelName\": \"csharp\"\n    },\n    \"tags\": [\n     \"injected-parameters\"\n    ]\n   },\n"
            + "   \"outputs\": [],\n   \"source\": [\n    \"dose = 120\\n\"\n   ]\n",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_added_to_a_notebook_before_nbformat_4_5_get_no_id()
    {
        var document = NotebookReader.Read(Fixtures.PathOf("vscode-polyglot.ipynb"));

        var cell = document.InsertCell(0, NotebookCellKind.Code, "1", "fsharp");

        Assert.Null(cell.Id);
        Assert.Equal("fsharp", cell.KernelName);
        Assert.Same(cell, document.Cells[0]);
    }

    [Fact]
    public void A_removed_cell_is_gone_from_the_cells_and_the_file()
    {
        var document = NotebookReader.Read(Fixtures.PathOf("jupyter-nbformat.ipynb"));

        document.RemoveCell(document.Cells[3]);

        Assert.Equal(["intro", "parameters-cell", "compute", "raw-1", "empty"], document.Cells.Select(cell => cell.Id));
        Assert.DoesNotContain("\"fails\"", NotebookWriter.ToText(document, NotebookFormat.Ipynb), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => document.RemoveCell(NotebookDocument.CreateCSharp().AppendCell(NotebookCellKind.Code, "")));
    }

    [Fact]
    public void Notebook_metadata_such_as_the_run_manifest_is_read_and_written_in_sorted_place()
    {
        var document = NotebookReader.Read(Fixtures.PathOf("jupyter-nbformat.ipynb"));
        Assert.Equal(7, document.GetMetadata("medtwin")!["seed"]!.GetValue<int>());

        document.SetMetadata("medtwin", new JsonObject { ["seed"] = 8 });
        document.SetMetadata("language", "de");

        Assert.Equal(["kernelspec", "language", "language_info", "medtwin", "widgets"], document.Metadata.Select(entry => entry.Key));
        Assert.Equal(8, document.GetMetadata("medtwin")!["seed"]!.GetValue<int>());
    }

    [Fact]
    public void A_stream_is_stdout_or_stderr()
    {
        Assert.Throws<ArgumentException>(() => new StreamOutput("stdin", "x"));
    }
}
