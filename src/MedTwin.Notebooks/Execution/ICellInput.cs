namespace MedTwin.Notebooks.Execution;

/// <summary>Where a running cell's <c>Console.ReadLine()</c> reads from, when a front end provides input (Jupyter's stdin channel).</summary>
public interface ICellInput
{
    /// <summary>Asks for one line of input; null at the end of input.</summary>
    string? ReadLine();
}
