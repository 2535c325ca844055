namespace MedTwin.Notebooks.Execution;

/// <summary><c>x.Display()</c>, as in Polyglot Notebooks.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows the value as a display output of the running cell.</summary>
    /// <exception cref="InvalidOperationException">No notebook cell is running in this flow of execution.</exception>
    public static void Display(this object? value)
    {
        var sink = CellOutputChannel.Current
            ?? throw new InvalidOperationException("Display() shows a value in a notebook cell's outputs; no cell is running here.");
        sink.WriteDisplay(KernelFormatter.Format(value));
    }
}
