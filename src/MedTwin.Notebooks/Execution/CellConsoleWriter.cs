using System.Text;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// Stands in for <see cref="Console.Out"/> / <see cref="Console.Error"/>: writes from a running cell become that
/// cell's stream output; writes from anywhere else go to the process's own stream as before.
/// </summary>
internal sealed class CellConsoleWriter(string streamName, TextWriter processWriter) : TextWriter
{
    private static readonly Lock InstallLock = new();
    private static bool installed;

    public override Encoding Encoding => processWriter.Encoding;

    /// <summary>Routes the console through cell sinks (once per process; later calls do nothing).</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (installed)
            {
                return;
            }

            installed = true;
            Console.SetOut(new CellConsoleWriter("stdout", Console.Out));
            Console.SetError(new CellConsoleWriter("stderr", Console.Error));
        }
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (CellOutputChannel.Current is { } sink)
        {
            sink.WriteStream(streamName, value);
        }
        else
        {
            processWriter.Write(value);
        }
    }

    public override void WriteLine(string? value) => Write(value + "\n");

    public override void WriteLine() => Write("\n");

    public override void Flush() => processWriter.Flush();
}
