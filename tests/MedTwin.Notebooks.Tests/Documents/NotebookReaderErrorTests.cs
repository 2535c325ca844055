using System.Text;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Tests.Support;

namespace MedTwin.Notebooks.Tests.Documents;

public sealed class NotebookReaderErrorTests : IDisposable
{
    private const string Cell = """{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "x"}""";
    private readonly TemporaryFolder folder = new();

    private static string Notebook(string cells = Cell, string rest = "\"nbformat\": 4, \"nbformat_minor\": 5")
        => $$"""{"cells": [{{cells}}], "metadata": {}, {{rest}}}""";

    private static string WithOutput(string output)
        => Notebook($$"""{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [{{output}}], "source": ""}""");

    public static TheoryData<string, string> BrokenNotebooks() => new()
    {
        { "{\"cells\": [\n  {\"cell_type\": \"code\",,}]}", "is not valid JSON at line 2, byte 24: ',' is an invalid start of a property name." },
        { "", "is not valid JSON" },
        { "{\"a\": 1, \"a\": 2}", "is not valid JSON: Duplicate property 'a'" },
        { "[1, 2]", "is not a notebook: the JSON is an array; expected an object with 'cells', 'metadata', 'nbformat' and 'nbformat_minor'." },
        { "null", "is not a notebook: the JSON is null" },
        { Notebook(rest: "\"nbformat\": 3, \"nbformat_minor\": 0"), "nbformat 3 is not supported; convert with jupyter nbconvert --to notebook." },
        { Notebook(rest: "\"nbformat\": 5, \"nbformat_minor\": 0"), "nbformat 5 is not supported; MedTwin reads nbformat 4." },
        { Notebook(rest: "\"nbformat_minor\": 5"), "has no 'nbformat'; expected 4." },
        { Notebook(rest: "\"nbformat\": \"4\", \"nbformat_minor\": 5"), "'nbformat' must be an integer; found a string (\"4\")." },
        { Notebook(rest: "\"nbformat\": 4"), "has no 'nbformat_minor'" },
        { """{"metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "has no 'cells'; expected an array of cells." },
        { """{"cells": {}, "nbformat": 4, "nbformat_minor": 5}""", "'cells' must be an array; found an object." },
        { """{"cells": [], "metadata": [], "nbformat": 4, "nbformat_minor": 5}""", "'metadata' must be an object; found an array." },
        { Notebook("42"), "cell 1 ($.cells[0]) must be an object; found a number (42)." },
        { Notebook("""{"metadata": {}, "source": "x"}"""), "cell 1 ($.cells[0]) has no 'cell_type'; expected \"code\", \"markdown\" or \"raw\"." },
        { Notebook("""{"cell_type": "heading", "metadata": {}, "source": "x"}"""), "cell 1 ($.cells[0]): 'cell_type' must be \"code\", \"markdown\" or \"raw\"; found a string (\"heading\")." },
        { Notebook(Cell + ", " + """{"cell_type": "markdown", "metadata": {}}"""), "cell 2 ($.cells[1]) has no 'source'; expected a string or an array of strings." },
        { Notebook("""{"cell_type": "markdown", "metadata": {}, "source": 42}"""), "cell 1 ($.cells[0]): 'source' must be a string or an array of strings; found a number (42)." },
        { Notebook("""{"cell_type": "markdown", "metadata": {}, "source": ["a", 1]}"""), "cell 1 ($.cells[0]): 'source' must be a string or an array of strings; found an array." },
        { Notebook("""{"cell_type": "markdown", "metadata": "x", "source": ""}"""), "cell 1 ($.cells[0]): 'metadata' must be an object; found a string (\"x\")." },
        { Notebook("""{"cell_type": "markdown", "metadata": {"tags": "parameters"}, "source": ""}"""), "cell 1 ($.cells[0]): 'metadata.tags' must be an array of strings; found a string (\"parameters\")." },
        { Notebook("""{"cell_type": "code", "metadata": {"polyglot_notebook": {"kernelName": 1}}, "source": ""}"""), "cell 1 ($.cells[0]): 'metadata.polyglot_notebook': 'kernelName' must be a string; found a number (1)." },
        { Notebook("""{"cell_type": "code", "id": 7, "metadata": {}, "source": ""}"""), "cell 1 ($.cells[0]): 'id' must be a string; found a number (7)." },
        { Notebook("""{"cell_type": "code", "execution_count": 1.5, "metadata": {}, "source": ""}"""), "cell 1 ($.cells[0]): 'execution_count' must be a non-negative integer or null; found a number (1.5)." },
        { Notebook("""{"cell_type": "code", "execution_count": -1, "metadata": {}, "source": ""}"""), "'execution_count' must be a non-negative integer or null; found a number (-1)." },
        { Notebook("""{"cell_type": "code", "metadata": {}, "outputs": {}, "source": ""}"""), "cell 1 ($.cells[0]): 'outputs' must be an array; found an object." },
        { WithOutput("""{"name": "stdout", "text": "x"}"""), "cell 1 ($.cells[0]), output 1 has no 'output_type'; expected a string." },
        { WithOutput("""{"output_type": "update_display_data", "data": {}}"""), "cell 1 ($.cells[0]), output 1: 'output_type' must be \"stream\", \"display_data\", \"execute_result\" or \"error\"; found \"update_display_data\"." },
        { WithOutput("""{"output_type": "stream", "name": "stdout"}"""), "output 1 has no 'text'; expected a string or an array of strings." },
        { WithOutput("""{"output_type": "stream", "name": "stdout", "text": 3}"""), "output 1: 'text' must be a string or an array of strings; found a number (3)." },
        { WithOutput("""{"output_type": "display_data", "metadata": {}}"""), "output 1 has no 'data'; expected an object keyed by MIME type." },
        { WithOutput("""{"output_type": "display_data", "data": {"text/plain": {"a": 1}}, "metadata": {}}"""), "output 1: 'data' for 'text/plain' must be a string or an array of strings; found an object." },
        { WithOutput("""{"output_type": "execute_result", "data": {}, "metadata": {}}"""), "output 1 has no 'execution_count'; expected an integer or null." },
        { WithOutput("""{"output_type": "error", "ename": "E", "evalue": "v"}"""), "output 1 has no 'traceback'; expected an array of strings." },
        { WithOutput("""{"output_type": "error", "ename": "E", "evalue": 1, "traceback": []}"""), "output 1: 'evalue' must be a string; found a number (1)." },
        { """{"cells": [], "metadata": {"polyglot_notebook": {"kernelInfo": {"items": [{"aliases": []}]}}}, "nbformat": 4, "nbformat_minor": 5}""", "'metadata.polyglot_notebook.kernelInfo.items[0]' has no 'name'; expected a string." },
    };

    [Theory]
    [MemberData(nameof(BrokenNotebooks))]
    public void A_malformed_ipynb_is_an_error_naming_the_file_the_position_and_the_problem(string text, string expected)
    {
        var path = folder.PathOf("study.ipynb");
        File.WriteAllText(path, text);

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.StartsWith($"'{path}': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.NotebookName);
    }

    public static TheoryData<string, string> BrokenDibs() => new()
    {
        { "#!meta\n\n{\"kernelInfo\": \n\n#!csharp\n\nx\n", "'study.dib': the #!meta cell is not valid JSON at line 3, byte 16: " },
        { "\n#!meta\n\n[1]\n\n#!csharp\n", "'study.dib': line 4: the #!meta cell must hold a JSON object; found an array." },
        { "#!meta\n\n#!csharp\n", "'study.dib': line 1: the #!meta cell is empty; expected a JSON object" },
        { "#!meta\n{\"kernelInfo\": {\"items\": 3}}\n", "'study.dib': '#!meta kernelInfo.items' must be an array; found a number (3)." },
    };

    [Theory]
    [MemberData(nameof(BrokenDibs))]
    public void A_dib_whose_meta_cell_is_malformed_is_an_error_naming_the_file_and_the_line(string text, string expected)
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse(text, NotebookFormat.Dib, "study.dib"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("study.txt", "has the extension '.txt'; expected a notebook ending in .ipynb or .dib.")]
    [InlineData("study", "has no extension; expected a notebook ending in .ipynb or .dib.")]
    public void A_file_that_is_neither_ipynb_nor_dib_is_an_error(string name, string expected)
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(name));

        Assert.Equal($"'{name}': {expected}", error.Message);
    }

    [Fact]
    public void The_extension_is_recognised_in_any_letter_case()
    {
        Assert.Equal(NotebookFormat.Ipynb, NotebookFormats.FromPath("A.IPYNB"));
        Assert.Equal(NotebookFormat.Dib, NotebookFormats.FromPath("a.Dib"));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_an_error_naming_the_byte()
    {
        var path = folder.PathOf("latin1.ipynb");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("{\"a\": \"Zo"), 0xEB, .. Encoding.ASCII.GetBytes("\"}")]);

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.Equal($"'{path}': is not UTF-8 text: byte 10 cannot be decoded.", error.Message);
    }

    [Fact]
    public void Deeply_nested_JSON_is_refused_at_the_depth_limit_instead_of_exhausting_the_stack()
    {
        var depth = 100_000;
        var text = $"{{\"cells\": [], \"metadata\": {{\"x\": {new string('[', depth)}{new string(']', depth)}}}, \"nbformat\": 4, \"nbformat_minor\": 5}}";

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse(text, NotebookFormat.Ipynb, "deep.ipynb"));

        Assert.Contains("maximum configured depth of 128 has been exceeded", error.Message, StringComparison.Ordinal);
        Assert.Contains("at line 1, byte ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_notebook_is_read_and_written_back_unchanged()
    {
        var document = NotebookDocument.CreateCSharp();
        for (var i = 0; i < 5_000; i++)
        {
            document.AppendCell(NotebookCellKind.Code, $"var x{i} = {i};\nConsole.WriteLine(x{i});\n");
        }

        var text = NotebookWriter.ToText(document, NotebookFormat.Ipynb);
        var read = NotebookReader.Parse(text, NotebookFormat.Ipynb);

        Assert.Equal(5_000, read.Cells.Count);
        Assert.Null(read.Verbatim);
        Assert.Equal(text, NotebookWriter.ToText(read, NotebookFormat.Ipynb));
    }

    public void Dispose() => folder.Dispose();
}
