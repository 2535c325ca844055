namespace MedTwin.Notebooks.Jupyter;

/// <summary>A Jupyter connection file cannot be used; the message names the file and the field.</summary>
public sealed class ConnectionFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public ConnectionFileException(string path, string problem, Exception? innerException = null)
        : base($"Connection file '{path}': {problem}", innerException)
    {
        Path = path;
    }

    /// <summary>The connection file.</summary>
    public string Path { get; }
}
