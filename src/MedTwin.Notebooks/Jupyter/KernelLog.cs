namespace MedTwin.Notebooks.Jupyter;

/// <summary>The kernel's own log: what it did not handle and why, one line each, on the writer it was given (the process's stderr).</summary>
public sealed class KernelLog(TextWriter writer)
{
    private readonly Lock gate = new();

    /// <summary>Writes one line.</summary>
    public void Write(string line)
    {
        lock (gate)
        {
            writer.WriteLine($"medtwin kernel: {line}");
            writer.Flush();
        }
    }
}
