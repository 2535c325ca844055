using System.Globalization;
using MedTwin.Data.Preparation;
using MedTwin.Data.Snapshots;
using MedTwin.Learning;
using MedTwin.Tests.Support;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning.Peers;

/// <summary>The data sets the peer script uses, prepared as it prepares them, its committed values, and the metrics it reports.</summary>
internal static class PeerData
{
    private static readonly string[] PimaFeatures = ["pregnant", "glucose", "pressure", "triceps", "insulin", "mass", "pedigree", "age"];

    /// <summary>Pima with every feature standardised by the sample standard deviation (the script's <c>standardise</c>).</summary>
    public static LearningData StandardisedPima()
    {
        var frame = new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data;
        var recipe = new PreparationRecipe { Steps = [new Scale { Columns = PimaFeatures, Method = ScaleMethod.Standardise }] };
        return LearningData.FromFrame(recipe.Apply(frame).Data, "diabetes", LearningTask.BinaryClassification, positiveClass: "pos");
    }

    /// <summary>Pima as recorded (trees need no scaling).</summary>
    public static LearningData Pima() =>
        LearningData.FromFrame(new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data, "diabetes", LearningTask.BinaryClassification, positiveClass: "pos");

    /// <summary>Efron's diabetes progression as recorded.</summary>
    public static LearningData Efron() =>
        LearningData.FromFrame(new SnapshotCatalog(RepositoryPaths.Data).Open("efron-diabetes", 1).Data, "progression", LearningTask.Regression);

    /// <summary>A CSV the peer script wrote, as rows of column → text.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Values(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Learning", "Peers", file));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line => (IReadOnlyDictionary<string, string>)header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>A column of a peer CSV as numbers.</summary>
    public static double[] Column(string file, string column) =>
        [.. Values(file).Select(row => double.Parse(row[column], CultureInfo.InvariantCulture))];

    /// <summary>Mean binary log-loss with probabilities clipped to [ε, 1 − ε], as scikit-learn's <c>log_loss</c>.</summary>
    public static double LogLoss(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities)
    {
        const double Epsilon = 2.220446049250313e-16;
        return labels.Select((y, i) => Math.Clamp(probabilities[i], Epsilon, 1 - Epsilon) is var p ? -((y * Math.Log(p)) + ((1 - y) * Math.Log(1 - p))) : 0).Average();
    }

    /// <summary>The area under the ROC curve: the share of positive–negative pairs ranked correctly, ties counting half.</summary>
    public static double Auc(IReadOnlyList<double> labels, IReadOnlyList<double> scores)
    {
        var positives = Enumerable.Range(0, labels.Count).Where(i => labels[i] == 1).Select(i => scores[i]).ToArray();
        var negatives = Enumerable.Range(0, labels.Count).Where(i => labels[i] == 0).Select(i => scores[i]).ToArray();
        var correct = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0));
        return correct / ((double)positives.Length * negatives.Length);
    }

    /// <summary>The root mean squared error.</summary>
    public static double Rmse(IReadOnlyList<double> labels, IReadOnlyList<double> predictions) =>
        Math.Sqrt(labels.Select((y, i) => (y - predictions[i]) * (y - predictions[i])).Average());
}
