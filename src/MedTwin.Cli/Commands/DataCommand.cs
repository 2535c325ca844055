using System.CommandLine;
using System.Globalization;
using MedTwin.Data.Snapshots;

namespace MedTwin.Cli.Commands;

/// <summary><c>medtwin data list | verify</c>: the pinned snapshot catalogue.</summary>
internal static class DataCommand
{
    public static Command Create()
    {
        var dataFolder = new Option<DirectoryInfo?>("--data")
        {
            Description = $"The data folder (default: ${SnapshotCatalog.DataFolderVariable}, else the nearest 'data' folder above the current one).",
        };

        var list = new Command("list", "Print the catalogue: name, version, rows, SHA-256 (short) and license of every snapshot.") { dataFolder };
        list.SetAction(result => Guard(result, catalog => List(catalog, result.InvocationConfiguration.Output), dataFolder));

        var verify = new Command("verify", "Re-hash and re-read every snapshot; exit non-zero naming each one that fails.") { dataFolder };
        verify.SetAction(result => Guard(result, catalog => Verify(catalog, result.InvocationConfiguration), dataFolder));

        return new Command("data", "Pinned, hashed data snapshots.") { list, verify };
    }

    private static int Guard(ParseResult result, Func<SnapshotCatalog, int> action, Option<DirectoryInfo?> dataFolder) =>
        CommandErrors.Guard(result, () =>
        {
            var folder = result.GetValue(dataFolder);
            return action(folder is null ? SnapshotCatalog.Discover() : new SnapshotCatalog(folder.FullName));
        });

    private static int List(SnapshotCatalog catalog, TextWriter output)
    {
        var manifests = catalog.List();
        if (manifests.Count == 0)
        {
            throw NoSnapshots(catalog);
        }

        var rows = manifests
            .Select(m => new[] { m.Name, m.Version.ToString(CultureInfo.InvariantCulture), m.Rows.ToString(CultureInfo.InvariantCulture), m.Sha256[..12], m.License })
            .ToList();
        TextTable.Write(output, ["name", "version", "rows", "sha256", "license"], rows);
        return 0;
    }

    private static int Verify(SnapshotCatalog catalog, InvocationConfiguration console)
    {
        var checks = catalog.Verify();
        if (checks.Count == 0)
        {
            throw NoSnapshots(catalog);
        }

        foreach (var check in checks)
        {
            var writer = check.Passed ? console.Output : console.Error;
            writer.WriteLine(check.Passed ? $"ok    {check.Name} v{check.Version}" : $"FAIL  {check.Name} v{check.Version}: {check.Problem}");
        }

        var failed = checks.Count(c => !c.Passed);
        console.Output.WriteLine($"{checks.Count - failed} of {checks.Count} snapshots intact.");
        return failed == 0 ? 0 : 1;
    }

    private static ArgumentException NoSnapshots(SnapshotCatalog catalog) => new(
        $"The data folder '{catalog.RootDirectory}' holds no snapshots (each is <name>/<version>/snapshot.json beside its data file); give --data or ${SnapshotCatalog.DataFolderVariable} the folder that does.");
}
