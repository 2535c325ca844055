using System.Text.Json.Nodes;
using MedTwin.Learning;

namespace MedTwin.Tests.Learning.Support;

/// <summary>
/// A test-only classifier that memorises each training row's label by its <c>id</c> feature and predicts it back (0.5 for
/// an id it never saw); it records every id it was trained on, to show which rows reached training.
/// </summary>
internal sealed class MemorisingTrainer : ITrainer
{
    public List<int[]> IdsSeenByEachFit { get; } = [];

    public string Name => "memoriser";

    public IReadOnlyList<LearningTask> Tasks => [LearningTask.BinaryClassification];

    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>();

    public ITrainedModel Fit(LearningData data, int seed)
    {
        var id = data.FeatureNames.ToList().IndexOf("id");
        var memory = new Dictionary<int, double>();
        for (var i = 0; i < data.RowCount; i++)
        {
            memory[(int)data[i, id]] = data.Labels[i];
        }

        IdsSeenByEachFit.Add([.. memory.Keys.Order()]);

        return new Model(data.FeatureNames, id, memory);
    }

    private sealed class Model(IReadOnlyList<string> features, int id, Dictionary<int, double> memory) : ITrainedModel
    {
        public string TrainerName => "memoriser";

        public LearningTask Task => LearningTask.BinaryClassification;

        public IReadOnlyList<string> FeatureNames => features;

        public double Predict(ReadOnlySpan<double> row) => memory.TryGetValue((int)row[id], out var label) ? label : 0.5;

        public JsonObject ToJson() => new() { ["kind"] = "test memoriser" };
    }
}
