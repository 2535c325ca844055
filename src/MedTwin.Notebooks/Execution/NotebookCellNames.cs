namespace MedTwin.Notebooks.Execution;

/// <summary>
/// The file names cells compile as, "cell-&lt;n&gt;", so compiler messages and tracebacks name them: a notebook run
/// counts every cell from 1; the Jupyter kernel uses the execution count, as Jupyter shows it beside the cell.
/// </summary>
internal static class NotebookCellNames
{
    public const string Prefix = "cell-";

    public static string Of(int number) => $"{Prefix}{number}";
}
