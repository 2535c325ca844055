using MedTwin.Notebooks.Documents;

namespace MedTwin.Cli.Commands;

/// <summary>Reads notebooks named on the command line, with errors a user can act on.</summary>
internal static class NotebookFiles
{
    public static NotebookDocument Read(string path) =>
        File.Exists(path) ? NotebookReader.Read(path) : throw new FileNotFoundException($"No notebook at '{path}'.", path);
}
