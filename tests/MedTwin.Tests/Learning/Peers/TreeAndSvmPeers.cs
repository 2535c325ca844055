using System.Text.Json.Nodes;
using MedTwin.Data.Snapshots;
using MedTwin.Learning;
using MedTwin.Tests.Support;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning.Peers;

/// <summary>The data the tree and SVM peers were computed on, and the peer values trees_svm.py wrote beside it.</summary>
internal static class TreeAndSvmPeers
{
    public static JsonObject Document(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Learning", "Peers", fileName)))!.AsObject();

    public static double[] Doubles(JsonObject document, string name) => [.. document[name]!.AsArray().Select(v => v!.GetValue<double>())];

    public static LearningData Pima() => LearningData.FromFrame(
        new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data, "diabetes", LearningTask.BinaryClassification, positiveClass: "pos");

    public static LearningData Efron() => LearningData.FromFrame(
        new SnapshotCatalog(RepositoryPaths.Data).Open("efron-diabetes", 1).Data, "progression", LearningTask.Regression);

    /// <summary>WDBC with every feature standardised as scikit-learn's StandardScaler does (population standard deviation).</summary>
    public static LearningData StandardisedWdbc()
    {
        var frame = new SnapshotCatalog(RepositoryPaths.Data).Open("wdbc-breast-cancer", 1).Data;
        var columns = new List<DataFrameColumn>();
        foreach (var column in frame.Columns.Where(c => c.Name != "diagnosis"))
        {
            var values = Enumerable.Range(0, (int)frame.Rows.Count).Select(i => Convert.ToDouble(column[i], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var mean = values.Average();
            var deviation = Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Average());
            columns.Add(new DoubleDataFrameColumn(column.Name, values.Select(v => (v - mean) / deviation)));
        }

        columns.Add(frame.Columns["diagnosis"]);
        return LearningData.FromFrame(new DataFrame(columns), "diagnosis", LearningTask.BinaryClassification, positiveClass: "malignant");
    }
}
