using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.ML;

namespace MedTwin.Learning.Boosting;

/// <summary>
/// A trained ML.NET tree ensemble. Classification returns ML.NET's calibrated probability, a fixed Platt (sigmoid) map
/// of the ensemble's score that is part of the boosting objective rather than fitted afterwards: 1/(1 + e^(−2η·score))
/// for FastTree with learning rate η, and LightGBM's binary-objective sigmoid for LightGBM. Regression returns the score.
/// Features are rounded to single precision as in training, and the output widened back to double. Saved as JSON with
/// ML.NET's model zip inside, base64-encoded.
/// </summary>
public sealed class GradientBoostedTreesModel : ITrainedModel
{
    /// <summary>The <c>kind</c> of a saved tree ensemble.</summary>
    public const string Kind = "gradient-boosted-trees";

    private readonly byte[] zip;
    private readonly Lock engineLock = new();
    private readonly Func<float[], float> predict;

    internal GradientBoostedTreesModel(string trainerName, LearningTask task, IReadOnlyList<string> featureNames, byte[] zip)
    {
        TrainerName = trainerName;
        Task = task;
        FeatureNames = featureNames;
        this.zip = zip;
        predict = Engine(task, featureNames.Count, zip);
    }

    /// <inheritdoc />
    public string TrainerName { get; }

    /// <inheritdoc />
    public LearningTask Task { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> FeatureNames { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The row does not have one value per feature, or a value is not finite.</exception>
    public double Predict(ReadOnlySpan<double> features)
    {
        FeatureRow.Require(TrainerName, FeatureNames, features);
        var row = MachineLearningRows.ToSingle(features);
        lock (engineLock)
        {
            return predict(row);
        }
    }

    /// <inheritdoc />
    public JsonObject ToJson() => new()
    {
        ["kind"] = Kind,
        ["trainer"] = TrainerName,
        ["task"] = Task.ToString(),
        ["features"] = new JsonArray([.. FeatureNames.Select(name => JsonValue.Create(name))]),
        ["mlnetModelZip"] = Convert.ToBase64String(zip),
    };

    internal static GradientBoostedTreesModel FromJson(JsonObject json) => new(
        json["trainer"]!.GetValue<string>(),
        Enum.Parse<LearningTask>(json["task"]!.GetValue<string>()),
        [.. json["features"]!.AsArray().Select(name => name!.GetValue<string>())],
        Convert.FromBase64String(json["mlnetModelZip"]!.GetValue<string>()));

    // A prediction engine reuses buffers and is not thread-safe, hence the lock in Predict.
    private static Func<float[], float> Engine(LearningTask task, int featureCount, byte[] zip)
    {
        var context = new MLContext(seed: 0);
        var transformer = context.Model.Load(new MemoryStream(zip), out _);
        var schema = MachineLearningRows.Schema<MachineLearningRows.FeatureRow>(featureCount);
        if (task == LearningTask.BinaryClassification)
        {
            var engine = context.Model.CreatePredictionEngine<MachineLearningRows.FeatureRow, MachineLearningRows.ProbabilityOutput>(transformer, inputSchemaDefinition: schema);
            return features => engine.Predict(new MachineLearningRows.FeatureRow { Features = features }).Probability;
        }

        var regression = context.Model.CreatePredictionEngine<MachineLearningRows.FeatureRow, MachineLearningRows.ScoreOutput>(transformer, inputSchemaDefinition: schema);
        return features => regression.Predict(new MachineLearningRows.FeatureRow { Features = features }).Score;
    }
}
