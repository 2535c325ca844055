namespace MedTwin.Notebooks.Execution;

/// <summary>The input of the cell running in this flow of execution, as <see cref="CellOutputChannel"/> is its output.</summary>
internal static class CellInputChannel
{
    private static readonly AsyncLocal<ICellInput?> Ambient = new();

    public static ICellInput? Current => Ambient.Value;

    public static IDisposable Open(ICellInput input)
    {
        var previous = Ambient.Value;
        Ambient.Value = input;
        return new Restore(previous);
    }

    private sealed class Restore(ICellInput? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
