namespace MedTwin.Notebooks.Execution;

/// <summary>A cell's directive is malformed, unknown or cannot be honoured; the message names the cell line.</summary>
public sealed class CellDirectiveException(string message) : Exception(message);
