using MedTwin.Notebooks.Documents;

namespace MedTwin.Cli.Tests;

/// <summary>Small C# notebooks for the commands to run: written from cell sources, and "committed" by running them once.</summary>
internal static class TestNotebooks
{
    /// <summary>A C# notebook of the given cells; a source starting with "# " is a markdown cell.</summary>
    public static NotebookDocument Create(params string[] cells)
    {
        var notebook = NotebookDocument.CreateCSharp();
        foreach (var source in cells)
        {
            notebook.AppendCell(source.StartsWith("# ", StringComparison.Ordinal) ? NotebookCellKind.Markdown : NotebookCellKind.Code, source);
        }

        return notebook;
    }

    /// <summary>Writes a notebook of the given cells to <paramref name="path"/>, without outputs.</summary>
    public static string Write(string path, params string[] cells)
    {
        NotebookWriter.Write(Create(cells), path);
        return path;
    }

    /// <summary>Writes a notebook of the given cells and runs it in place, as a researcher commits it: with its outputs and run manifest.</summary>
    public static string WriteCommitted(string path, params string[] cells)
    {
        Write(path, cells);
        Commit(path);
        return path;
    }

    /// <summary>Runs the notebook at <paramref name="path"/> in place with <c>medtwin run</c>; the run must succeed.</summary>
    public static void Commit(string path)
    {
        var run = CliRun.Of("run", path, "--data", RepositoryPaths.Data);
        Assert.True(run.ExitCode == 0, $"medtwin run failed:\n{run.Output}\n{run.Error}");
    }
}
