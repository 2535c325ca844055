using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Tests.Support;

namespace MedTwin.Notebooks.Tests.Documents;

public sealed class RoundTripTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    /// <summary>Layouts the writers reproduce themselves, without falling back to the original text.</summary>
    public static TheoryData<string> WrittenByKnownTools() =>
    [
        "vscode-polyglot.ipynb",
        "jupyter-nbformat.ipynb",
        "windows-crlf.ipynb",
        "dotnet-interactive-two-space-no-final-newline.ipynb",
        "ensure-ascii.ipynb",
        "python2-trailing-spaces.ipynb",
        "tab-indented.ipynb",
        "new-csharp-notebook-with-outputs.ipynb",
        "vscode-polyglot.dib",
        "crlf-hand-written.dib",
    ];

    [Theory]
    [MemberData(nameof(WrittenByKnownTools))]
    [InlineData("hand-edited-irregular.ipynb")]
    public void A_notebook_read_and_written_unchanged_gives_back_the_same_bytes(string fixture)
    {
        var target = folder.PathOf(fixture);

        NotebookWriter.Write(NotebookReader.Read(Fixtures.PathOf(fixture)), target);

        Assert.Equal(Fixtures.Bytes(fixture), File.ReadAllBytes(target));
    }

    [Theory]
    [MemberData(nameof(WrittenByKnownTools))]
    public void The_layout_of_files_written_by_known_tools_is_reproduced_by_the_writer_itself(string fixture)
    {
        var document = NotebookReader.Read(Fixtures.PathOf(fixture));

        Assert.Null(document.Verbatim);
    }

    [Fact]
    public void An_irregular_layout_is_kept_while_unchanged_and_written_in_its_detected_layout_once_changed()
    {
        var document = NotebookReader.Read(Fixtures.PathOf("hand-edited-irregular.ipynb"));
        Assert.NotNull(document.Verbatim);

        document.Cells[0].Source = "changed";

        Assert.Equal(
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": \"changed\"\n  }\n ],\n"
            + " \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n",
            NotebookWriter.ToText(document, NotebookFormat.Ipynb));
    }

    [Fact]
    public void A_byte_order_mark_is_kept()
    {
        var text = "\uFEFF" + Fixtures.Text("jupyter-nbformat.ipynb");

        var document = NotebookReader.Parse(text, NotebookFormat.Ipynb);

        Assert.Null(document.Verbatim);
        Assert.Equal(text, NotebookWriter.ToText(document, NotebookFormat.Ipynb));
    }

    public void Dispose() => folder.Dispose();
}
