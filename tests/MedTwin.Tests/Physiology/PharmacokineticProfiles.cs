using System.Globalization;
using MedTwin.Data.Snapshots;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Physiology;

/// <summary>One subject's concentration-time profile from a snapshot, in the file's row order.</summary>
internal sealed record PharmacokineticProfile(string Subject, double Dose, double[] Times, double[] Concentrations);

/// <summary>The pharmacokinetic snapshots split into per-subject profiles, and the peer files beside these tests.</summary>
internal static class PharmacokineticProfiles
{
    public static IReadOnlyList<PharmacokineticProfile> Theophylline() => Read("theophylline", "Time", "Dose");

    public static IReadOnlyList<PharmacokineticProfile> Indomethacin() => Read("indomethacin", "time", null);

    /// <summary>The rows of a peer CSV (after its comment line) as column name → value, keyed by the first column.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Peer(string file)
    {
        var lines = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Physiology", "Peers", file))
            .Where(line => !line.StartsWith('#'))
            .ToArray();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line => line.Split(',')).ToDictionary(
            fields => fields[0],
            fields => (IReadOnlyDictionary<string, double>)header.Skip(1).Select((name, i) => (name, i))
                .ToDictionary(c => c.name, c => double.Parse(fields[c.i + 1], CultureInfo.InvariantCulture)));
    }

    private static List<PharmacokineticProfile> Read(string snapshot, string timeColumn, string? doseColumn)
    {
        var data = new SnapshotCatalog(RepositoryPaths.Data).Open(snapshot, 1).Data;
        var rows = Enumerable.Range(0, (int)data.Rows.Count).Select(i => (
            Subject: (string)data["Subject"][i],
            Dose: doseColumn is null ? double.NaN : Convert.ToDouble(data[doseColumn][i], CultureInfo.InvariantCulture),
            Time: Convert.ToDouble(data[timeColumn][i], CultureInfo.InvariantCulture),
            Concentration: Convert.ToDouble(data["conc"][i], CultureInfo.InvariantCulture)));
        return [.. rows.GroupBy(r => r.Subject).Select(g => new PharmacokineticProfile(
            g.Key, g.First().Dose, [.. g.Select(r => r.Time)], [.. g.Select(r => r.Concentration)]))];
    }
}
