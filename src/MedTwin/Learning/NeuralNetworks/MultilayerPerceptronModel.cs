using System.Globalization;
using System.Text.Json.Nodes;

namespace MedTwin.Learning.NeuralNetworks;

/// <summary>
/// A trained multi-layer perceptron: the probability of the positive class from a logistic output unit
/// (classification), or a linear output (regression). Saved as JSON with every weight written round-trippable.
/// </summary>
public sealed class MultilayerPerceptronModel : ITrainedModel
{
    /// <summary>The <c>kind</c> of a saved perceptron.</summary>
    public const string Kind = "multilayer-perceptron";

    private readonly Network network;

    internal MultilayerPerceptronModel(string trainerName, LearningTask task, IReadOnlyList<string> featureNames, Network network, IReadOnlyList<double> lossCurve)
    {
        TrainerName = trainerName;
        Task = task;
        FeatureNames = featureNames;
        this.network = network;
        LossCurve = lossCurve;
    }

    /// <inheritdoc />
    public string TrainerName { get; }

    /// <inheritdoc />
    public LearningTask Task { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>
    /// The mean mini-batch loss (penalty included) of each epoch, as scikit-learn's <c>loss_curve_</c>; its length is the
    /// number of epochs run.
    /// </summary>
    public IReadOnlyList<double> LossCurve { get; }

    /// <summary>The weights of each layer, fan-in × fan-out row by row (as scikit-learn's <c>coefs_</c>); copies.</summary>
    public IReadOnlyList<double[]> Weights => [.. network.Weights.Select(w => (double[])w.Clone())];

    /// <summary>The biases of each layer (as scikit-learn's <c>intercepts_</c>); copies.</summary>
    public IReadOnlyList<double[]> Biases => [.. network.Biases.Select(b => (double[])b.Clone())];

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The row does not have one value per feature, or a value is not finite.</exception>
    public double Predict(ReadOnlySpan<double> features)
    {
        FeatureRow.Require(TrainerName, FeatureNames, features);
        return network.Predict(features);
    }

    /// <inheritdoc />
    public JsonObject ToJson() => new()
    {
        ["kind"] = Kind,
        ["trainer"] = TrainerName,
        ["task"] = Task.ToString(),
        ["features"] = new JsonArray([.. FeatureNames.Select(name => JsonValue.Create(name))]),
        ["activation"] = network.Activation.ToString(),
        ["layers"] = new JsonArray([.. Enumerable.Range(0, network.LayerCount).Select(Layer)]),
        ["lossCurve"] = Numbers(LossCurve),
    };

    internal static MultilayerPerceptronModel FromJson(JsonObject json)
    {
        var task = Enum.Parse<LearningTask>(json["task"]!.GetValue<string>());
        var features = json["features"]!.AsArray().Select(name => name!.GetValue<string>()).ToArray();
        var activation = Enum.Parse<Activation>(json["activation"]!.GetValue<string>());
        var layers = json["layers"]!.AsArray().Select(layer => layer!.AsObject()).ToArray();
        var sizes = new List<int> { features.Length };
        var weights = new double[layers.Length][];
        var biases = new double[layers.Length][];
        for (var l = 0; l < layers.Length; l++)
        {
            var rows = layers[l]["weights"]!.AsArray().Select(row => ReadNumbers(row!)).ToArray();
            biases[l] = ReadNumbers(layers[l]["biases"]!);
            if (rows.Length != sizes[^1] || rows.Any(row => row.Length != biases[l].Length))
            {
                throw new FormatException($"layer {l + 1} must have {sizes[^1]} weight rows of {biases[l].Length} values, one per bias");
            }

            weights[l] = [.. rows.SelectMany(row => row)];
            sizes.Add(biases[l].Length);
        }

        if (layers.Length < 2 || sizes[^1] != 1)
        {
            throw new FormatException("a perceptron needs at least one hidden layer and one output unit");
        }

        var network = new Network(sizes, activation, task == LearningTask.BinaryClassification, weights, biases);
        return new MultilayerPerceptronModel(json["trainer"]!.GetValue<string>(), task, features, network, ReadNumbers(json["lossCurve"]!));
    }

    private JsonObject Layer(int layer)
    {
        var fanOut = network.Biases[layer].Length;
        var weights = network.Weights[layer];
        return new JsonObject
        {
            ["weights"] = new JsonArray([.. Enumerable.Range(0, weights.Length / fanOut).Select(i => Numbers(weights.AsSpan(i * fanOut, fanOut).ToArray()))]),
            ["biases"] = Numbers(network.Biases[layer]),
        };
    }

    private static JsonArray Numbers(IEnumerable<double> values) => new([.. values.Select(value => JsonValue.Create(value))]);

    private static double[] ReadNumbers(JsonNode node) => [.. node.AsArray().Select(value => value!.GetValue<double>())];
}
