using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Tests.Documents;

public sealed class KernelResolutionTests
{
    private static NotebookCell OnlyCell(string cellMetadata, string notebookMetadata, string source = "\"x\"")
    {
        var text = $$"""
            {"cells": [{"cell_type": "code", "execution_count": null, "metadata": {{cellMetadata}}, "outputs": [], "source": {{source}}}],
             "metadata": {{notebookMetadata}}, "nbformat": 4, "nbformat_minor": 4}
            """;
        return NotebookReader.Parse(text, NotebookFormat.Ipynb).Cells[0];
    }

    private const string FSharpDefault = """{"polyglot_notebook": {"kernelInfo": {"defaultKernelName": "fsharp", "items": [{"name": "fsharp", "aliases": []}]}}}""";

    [Theory]
    [InlineData("""{"polyglot_notebook": {"kernelName": "pwsh"}, "dotnet_interactive": {"language": "fsharp"}, "vscode": {"languageId": "csharp"}}""", "pwsh")]
    [InlineData("""{"dotnet_interactive": {"language": "fsharp"}, "vscode": {"languageId": "csharp"}}""", "fsharp")]
    [InlineData("""{"vscode": {"languageId": "csharp"}}""", "csharp")]
    [InlineData("""{"vscode": {"languageId": "C#"}}""", "csharp")]
    [InlineData("""{"vscode": {"languageId": "polyglot-notebook"}}""", "fsharp")]
    [InlineData("""{}""", "fsharp")]
    public void A_cells_kernel_comes_from_polyglot_then_dotnet_interactive_then_vscode_metadata_then_the_notebook_default(
        string cellMetadata, string expected)
    {
        Assert.Equal(expected, OnlyCell(cellMetadata, FSharpDefault).KernelName);
    }

    [Theory]
    [InlineData("""{"kernelspec": {"display_name": ".NET (F#)", "language": "F#", "name": ".net-fsharp"}}""", "fsharp")]
    [InlineData("""{"kernelspec": {"display_name": ".NET (PowerShell)", "language": "PowerShell", "name": ".net-pwsh"}}""", "pwsh")]
    [InlineData("""{"kernelspec": {"display_name": "x", "name": ".net-fsharp"}}""", "fsharp")]
    [InlineData("""{"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}""", "python")]
    [InlineData("""{}""", "csharp")]
    public void Without_Polyglot_kernel_info_the_default_kernel_comes_from_the_kernelspec_and_else_is_csharp(string notebookMetadata, string expected)
    {
        Assert.Equal(expected, OnlyCell("{}", notebookMetadata).KernelName);
    }

    [Theory]
    [InlineData("[\"#!fsharp\\n\", \"let x = 1\"]", "fsharp", "let x = 1")]
    [InlineData("[\"#!F#\\n\", \"let x = 1\"]", "fsharp", "let x = 1")]
    [InlineData("\"#!sql-db\"", "sql-db", "")]
    [InlineData("[\"#!time\\n\", \"var x = 1;\"]", "pwsh", "#!time\nvar x = 1;")]
    [InlineData("[\"#!value --name x\\n\", \"1\"]", "pwsh", "#!value --name x\n1")]
    public void A_first_line_naming_a_kernel_overrides_the_metadata_and_other_magic_commands_do_not(string source, string kernel, string code)
    {
        var notebook = """{"polyglot_notebook": {"kernelInfo": {"items": [{"name": "sql-db"}]}}}""";

        var cell = OnlyCell("""{"polyglot_notebook": {"kernelName": "pwsh"}}""", notebook, source);

        Assert.Equal((kernel, code), (cell.KernelName, cell.Code));
    }
}
