using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Tests.Execution;

/// <summary>Builds a C# notebook from cell sources, runs it, and gives the outputs for assertions.</summary>
internal sealed class NotebookRun
{
    private NotebookRun(NotebookDocument notebook, RunResult result)
    {
        Notebook = notebook;
        Result = result;
    }

    public NotebookDocument Notebook { get; }

    public RunResult Result { get; }

    public static NotebookDocument Create(params string[] cells)
    {
        var notebook = NotebookDocument.CreateCSharp();
        foreach (var source in cells)
        {
            var markdown = source.StartsWith("# ", StringComparison.Ordinal);
            notebook.AppendCell(markdown ? NotebookCellKind.Markdown : NotebookCellKind.Code, source);
        }

        return notebook;
    }

    public static Task<NotebookRun> Of(params string[] cells) => Of(Create(cells), Options());

    public static async Task<NotebookRun> Of(NotebookDocument notebook, RunOptions options)
    {
        var result = await NotebookRunner.RunAsync(notebook, "test.ipynb", options);
        return new NotebookRun(notebook, result);
    }

    public static RunOptions Options() => new()
    {
        BaseDirectory = AppContext.BaseDirectory,
        DataFolder = RepositoryPaths.Data,
        CellTimeout = TimeSpan.FromMinutes(2),
    };

    public IReadOnlyList<NotebookOutput> Outputs(int cellIndex) => Notebook.Cells[cellIndex].Outputs;

    public ExecuteResultOutput ExecuteResult(int cellIndex) => Assert.IsType<ExecuteResultOutput>(Assert.Single(Outputs(cellIndex)));

    public string PlainResult(int cellIndex) => ExecuteResult(cellIndex).Data.GetText("text/plain")!;

    public ErrorOutput Error(int cellIndex) => Assert.IsType<ErrorOutput>(Outputs(cellIndex)[^1]);

    public string Text() => NotebookWriter.ToText(Notebook, NotebookFormat.Ipynb);
}
