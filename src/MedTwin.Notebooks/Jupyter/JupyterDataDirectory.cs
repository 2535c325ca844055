namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// Where Jupyter looks for kernelspecs (<c>&lt;data dir&gt;/kernels/&lt;name&gt;</c>), as <c>jupyter --paths</c> lists them:
/// the user's data directory, or <c>&lt;prefix&gt;/share/jupyter</c> of an environment.
/// </summary>
public static class JupyterDataDirectory
{
    /// <summary>
    /// The user's Jupyter data directory: <c>JUPYTER_DATA_DIR</c> when set, else the platform's (<c>~/.local/share/jupyter</c>
    /// or <c>$XDG_DATA_HOME/jupyter</c> on Linux, <c>~/Library/Jupyter</c> on macOS, <c>%APPDATA%\jupyter</c> on Windows).
    /// </summary>
    public static string User()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        return Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? Path.Combine(xdg, "jupyter")
            : Path.Combine(home, ".local", "share", "jupyter");
    }

    /// <summary>The data directory of the environment at <paramref name="prefix"/>: <c>&lt;prefix&gt;/share/jupyter</c>.</summary>
    public static string OfPrefix(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter");
}
