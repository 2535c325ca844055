namespace MedTwin.Notebooks.Execution;

/// <summary>
/// The sink of the cell running in this flow of execution. Console writes and <c>display</c> calls find their cell
/// through it, so notebooks run side by side in one process never mix their outputs.
/// </summary>
internal static class CellOutputChannel
{
    private static readonly AsyncLocal<ICellOutputSink?> Ambient = new();

    public static ICellOutputSink? Current => Ambient.Value;

    public static IDisposable Open(ICellOutputSink sink)
    {
        var previous = Ambient.Value;
        Ambient.Value = sink;
        return new Restore(previous);
    }

    private sealed class Restore(ICellOutputSink? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
