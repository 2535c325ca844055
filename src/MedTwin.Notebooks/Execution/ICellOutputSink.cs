using MedTwin.Notebooks.Display;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// Where a running cell's outputs go, as Jupyter names them: a notebook being run collects them into the cell, the
/// Jupyter kernel publishes them on iopub. Calls arrive in the order the cell produced them.
/// </summary>
public interface ICellOutputSink
{
    /// <summary>Text written to <c>stdout</c> or <c>stderr</c>.</summary>
    void WriteStream(string name, string text);

    /// <summary>A value shown with <c>display(x)</c> or <c>x.Display()</c>.</summary>
    void WriteDisplay(FormattedValue value);

    /// <summary>The value of the cell's last expression.</summary>
    void WriteResult(FormattedValue value);

    /// <summary>An error that ended the cell.</summary>
    void WriteError(CellError cellError);
}
