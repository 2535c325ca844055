using System.Diagnostics;
using System.Globalization;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// Notices that the process which started the kernel (<c>JPY_PARENT_PID</c>, set by jupyter_client) is gone, as
/// ipykernel's parent poller does, so a killed front end leaves no kernel behind. Where the kernel is that
/// process's child (the usual case) it watches its own parent id, which changes when the parent dies even before the
/// dead parent is reaped; otherwise it watches whether the process still exists.
/// </summary>
internal sealed class ParentProcessWatcher : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly int parentId;
    private readonly bool isOwnParent;
    private readonly Action gone;
    private readonly Timer timer;
    private int reported;

    private ParentProcessWatcher(int parentId, Action gone)
    {
        this.parentId = parentId;
        this.gone = gone;
        isOwnParent = OwnParentId() == parentId;
        timer = new Timer(_ => Check(), null, Interval, Interval);
    }

    /// <summary>Starts watching <paramref name="parentId"/>; <paramref name="gone"/> is called once when it is gone. Null: nothing to watch.</summary>
    public static ParentProcessWatcher? Start(int? parentId, Action gone) =>
        parentId is int id && id > 0 ? new ParentProcessWatcher(id, gone) : null;

    public void Dispose() => timer.Dispose();

    private void Check()
    {
        if (IsAlive() || Interlocked.Exchange(ref reported, 1) == 1)
        {
            return;
        }

        gone();
    }

    private bool IsAlive()
    {
        if (isOwnParent)
        {
            return OwnParentId() == parentId;
        }

        try
        {
            using var process = Process.GetProcessById(parentId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // Linux: the fourth field of /proc/self/stat, after the command name in parentheses (which may itself hold spaces).
    private static int? OwnParentId()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
