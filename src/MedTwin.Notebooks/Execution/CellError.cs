namespace MedTwin.Notebooks.Execution;

/// <summary>A Jupyter error output: the error's name, its message and a traceback of cell-relative lines.</summary>
/// <param name="Name">e.g. <c>System.InvalidOperationException</c> or <c>CompilationError</c>.</param>
/// <param name="Value">The message.</param>
/// <param name="Traceback">The lines a reader needs to find the fault, naming cells and their lines.</param>
public sealed record CellError(string Name, string Value, IReadOnlyList<string> Traceback);
