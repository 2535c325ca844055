using System.Diagnostics;

namespace MedTwin.Cli.Tests.Jupyter;

/// <summary>
/// The Python that has Jupyter's client, nbclient and nbconvert (Debian's python3-jupyter-client, python3-nbclient,
/// jupyter-nbconvert): <c>python3</c> on the PATH if it can import them, else the system's <c>/usr/bin/python3</c>.
/// </summary>
internal static class JupyterPython
{
    private static readonly string[] Candidates = ["python3", "/usr/bin/python3"];

    private static readonly Lazy<string> Found = new(Find);

    /// <summary>The interpreter.</summary>
    /// <exception cref="InvalidOperationException">No candidate can import jupyter_client, nbclient and nbconvert.</exception>
    public static string Path => Found.Value;

    private static string Find()
    {
        foreach (var candidate in Candidates)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(candidate, ["-c", "import jupyter_client, nbclient, nbconvert"])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                })!;
                process.WaitForExit(TimeSpan.FromSeconds(30));
                if (process.HasExited && process.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under that name; try the next.
            }
        }

        throw new InvalidOperationException(
            $"No Python that can import jupyter_client, nbclient and nbconvert (tried {string.Join(", ", Candidates)}). "
            + "Install Debian's python3-jupyter-client, python3-nbclient and jupyter-nbconvert (environment/install-test-peers.sh does).");
    }
}
