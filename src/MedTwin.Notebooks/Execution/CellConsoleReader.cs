namespace MedTwin.Notebooks.Execution;

/// <summary>
/// Stands in for <see cref="Console.In"/>: a cell whose front end provides input reads its lines from there; anything
/// else reads the process's own standard input as before.
/// </summary>
internal sealed class CellConsoleReader(TextReader processReader) : TextReader
{
    private static readonly Lock InstallLock = new();
    private static bool installed;

    /// <summary>Routes the console's input through cell inputs (once per process; later calls do nothing).</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (installed)
            {
                return;
            }

            installed = true;
            Console.SetIn(new CellConsoleReader(Console.In));
        }
    }

    public override string? ReadLine() => CellInputChannel.Current is { } input ? input.ReadLine() : processReader.ReadLine();

    public override int Peek() => CellInputChannel.Current is null ? processReader.Peek() : -1;

    public override int Read() => CellInputChannel.Current is null
        ? processReader.Read()
        : throw new NotSupportedException("A notebook cell reads input a line at a time: use Console.ReadLine().");
}
