using System.Text.Json.Nodes;
using MedTwin.Learning;

namespace MedTwin.Tests.Learning.Support;

/// <summary>
/// A real, small test-only classifier: features standardised on the training rows, one centroid per class, and
/// P(1) = σ(temperature · (d₀² − d₁²) / 2) from the squared distances to the centroids.
/// </summary>
internal sealed class NearestCentroidTrainer(double temperature = 1) : ITrainer
{
    public string Name => FormattableString.Invariant($"nearest centroid (t = {temperature:R})");

    public IReadOnlyList<LearningTask> Tasks => [LearningTask.BinaryClassification];

    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string> { ["temperature"] = FormattableString.Invariant($"{temperature:R}") };

    public ITrainedModel Fit(LearningData data, int seed)
    {
        data.RequireTrainable(Name);
        var p = data.FeatureCount;
        var mean = new double[p];
        var scale = new double[p];
        for (var j = 0; j < p; j++)
        {
            var column = Enumerable.Range(0, data.RowCount).Select(i => data[i, j]).ToArray();
            mean[j] = column.Average();
            var sd = Math.Sqrt(column.Sum(v => (v - mean[j]) * (v - mean[j])) / column.Length);
            scale[j] = sd == 0 ? 1 : sd;
        }

        double[] Centroid(double label)
        {
            var rows = Enumerable.Range(0, data.RowCount).Where(i => data.Labels[i] == label).ToArray();
            return [.. Enumerable.Range(0, p).Select(j => rows.Average(i => (data[i, j] - mean[j]) / scale[j]))];
        }

        return new Model(Name, data.FeatureNames, mean, scale, Centroid(0), Centroid(1), temperature);
    }

    private sealed class Model(string name, IReadOnlyList<string> features, double[] mean, double[] scale, double[] negative, double[] positive, double temperature) : ITrainedModel
    {
        public string TrainerName => name;

        public LearningTask Task => LearningTask.BinaryClassification;

        public IReadOnlyList<string> FeatureNames => features;

        public double Predict(ReadOnlySpan<double> row)
        {
            double toNegative = 0, toPositive = 0;
            for (var j = 0; j < row.Length; j++)
            {
                var z = (row[j] - mean[j]) / scale[j];
                toNegative += (z - negative[j]) * (z - negative[j]);
                toPositive += (z - positive[j]) * (z - positive[j]);
            }

            return 1 / (1 + Math.Exp(-temperature * (toNegative - toPositive) / 2));
        }

        public JsonObject ToJson() => new() { ["kind"] = "test nearest centroid" };
    }
}
