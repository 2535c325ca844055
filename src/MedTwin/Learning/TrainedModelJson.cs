using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Learning;

/// <summary>
/// Saving and loading trained models in MedTwin's own format: one JSON document whose <c>kind</c> names the model type.
/// A loaded model gives bit-identical predictions (doubles are written round-trippable).
/// </summary>
public static class TrainedModelJson
{
    // One reader per model kind; each family's model adds its own.
    private static readonly Dictionary<string, Func<JsonObject, ITrainedModel>> Readers = new(StringComparer.Ordinal)
    {
        [Linear.LinearRegressionModel.Kind] = Linear.LinearRegressionModel.FromJson,
        [Linear.LogisticRegressionModel.Kind] = Linear.LogisticRegressionModel.FromJson,
        [Trees.DecisionTreeModel.Kind] = Trees.DecisionTreeModel.FromJson,
        [SupportVectorMachines.SupportVectorMachineModel.Kind] = SupportVectorMachines.SupportVectorMachineModel.FromJson,
        [Boosting.GradientBoostedTreesModel.Kind] = Boosting.GradientBoostedTreesModel.FromJson,
        [NeuralNetworks.MultilayerPerceptronModel.Kind] = NeuralNetworks.MultilayerPerceptronModel.FromJson,
    };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The model as indented JSON text.</summary>
    public static string Save(ITrainedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.ToJson().ToJsonString(Indented) + "\n";
    }

    /// <summary>Reads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="LearningException">The text is not a saved model, or names a kind this version does not know.</exception>
    public static ITrainedModel Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        const string Operation = "loading a saved model";
        JsonObject document;
        try
        {
            document = JsonNode.Parse(json) as JsonObject ?? throw new LearningException(Operation, "expected a JSON object");
        }
        catch (JsonException e)
        {
            throw new LearningException(Operation, $"the text is not JSON: {e.Message}");
        }

        var kind = document["kind"]?.GetValue<string>() ?? throw new LearningException(Operation, "the document has no 'kind'");
        if (!Readers.TryGetValue(kind, out var read))
        {
            throw new LearningException(Operation, $"unknown model kind '{kind}'; this version reads: {string.Join(", ", Readers.Keys.Order(StringComparer.Ordinal))}");
        }

        try
        {
            return read(document);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException or NullReferenceException or KeyNotFoundException)
        {
            throw new LearningException(Operation, $"the '{kind}' model is malformed: {e.Message}");
        }
    }
}
