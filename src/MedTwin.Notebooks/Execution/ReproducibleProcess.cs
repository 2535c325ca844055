using System.Globalization;

namespace MedTwin.Notebooks.Execution;

/// <summary>Fixes what a run must not inherit from the machine: culture (invariant) and time zone (UTC).</summary>
internal static class ReproducibleProcess
{
    public static void Enter()
    {
        // Every culture is pinned to the invariant one, so no output depends on the machine's settings.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (TimeZoneInfo.Local.Id != TimeZoneInfo.Utc.Id)
        {
            Environment.SetEnvironmentVariable("TZ", "UTC");
            TimeZoneInfo.ClearCachedData();
        }

        CellConsoleWriter.Install();
        CellConsoleReader.Install();
    }
}
