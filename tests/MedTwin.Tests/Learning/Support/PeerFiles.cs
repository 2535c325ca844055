using System.Globalization;
using System.Text.Json.Nodes;
using MedTwin.Data.Snapshots;
using MedTwin.Tests.Support;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning.Support;

/// <summary>The peer scripts' inputs and outputs committed beside them in Learning/Peers.</summary>
internal static class PeerFiles
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Learning", "Peers");

    public static DataFrame Pima() => new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data;

    public static (double[] Labels, double[] Probabilities, double[] Actual, double[] Predicted) Scores()
    {
        var rows = File.ReadAllLines(Path.Combine(Folder, "scores.csv")).Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return ([.. rows.Select(r => r[0])], [.. rows.Select(r => r[1])], [.. rows.Select(r => r[2])], [.. rows.Select(r => r[3])]);
    }

    public static double[] SecondModelProbabilities()
    {
        return [.. Table("scores.csv").Select(r => r[4])];
    }

    public static double[][] Table(string file) =>
        [.. File.ReadAllLines(Path.Combine(Folder, file)).Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())];

    public static double Peer(string file, string name) =>
        double.Parse(JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))![name]!.ToString(), CultureInfo.InvariantCulture);

    public static double Metric(string name) =>
        double.Parse(JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "metrics.json")))![name]!.ToString(), CultureInfo.InvariantCulture);

    public static int Count(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "metrics.json")))![name]!.GetValue<int>();

    public static (double Intercept, double Slope) Calibration()
    {
        var fields = File.ReadAllLines(Path.Combine(Folder, "calibration.csv"))[1].Split(',').Select(f => f.Trim('"')).ToArray();
        return (double.Parse(fields[^2], CultureInfo.InvariantCulture), double.Parse(fields[^1], CultureInfo.InvariantCulture));
    }
}
