using System.Text.Json.Nodes;
using MedTwin.Learning;

namespace MedTwin.Tests.Learning.Support;

/// <summary>A real, small test-only regressor: ordinary least squares on one named feature (intercept + slope).</summary>
internal sealed class LeastSquaresTrainer(string feature) : ITrainer
{
    public string Name => $"least squares on {feature}";

    public IReadOnlyList<LearningTask> Tasks => [LearningTask.Regression];

    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string> { ["feature"] = feature };

    public ITrainedModel Fit(LearningData data, int seed)
    {
        data.RequireTrainable(Name);
        var j = data.FeatureNames.ToList().IndexOf(feature);
        var x = Enumerable.Range(0, data.RowCount).Select(i => data[i, j]).ToArray();
        var y = data.Labels;
        double mx = x.Average(), my = y.Average();
        var sxx = x.Sum(v => (v - mx) * (v - mx));
        var slope = sxx == 0 ? 0 : x.Select((v, i) => (v - mx) * (y[i] - my)).Sum() / sxx;
        return new Model(Name, data.FeatureNames, j, my - (slope * mx), slope);
    }

    private sealed class Model(string name, IReadOnlyList<string> features, int feature, double intercept, double slope) : ITrainedModel
    {
        public string TrainerName => name;

        public LearningTask Task => LearningTask.Regression;

        public IReadOnlyList<string> FeatureNames => features;

        public double Predict(ReadOnlySpan<double> row) => intercept + (slope * row[feature]);

        public JsonObject ToJson() => new() { ["kind"] = "test least squares" };
    }
}
