using System.Globalization;
using System.Text.Json.Nodes;

namespace MedTwin.Learning.Trees;

/// <summary>A fitted decision tree: predicts from the leaf a row falls into, and reads as rules.</summary>
public sealed class DecisionTreeModel : ITrainedModel
{
    /// <summary>The <c>kind</c> of a saved decision tree.</summary>
    public const string Kind = "decision-tree";

    internal DecisionTreeModel(string trainerName, LearningTask task, IReadOnlyList<string> featureNames, string labelName, DecisionTreeNode root)
    {
        TrainerName = trainerName;
        Task = task;
        FeatureNames = featureNames;
        LabelName = labelName;
        Root = root;
        FeatureImportances = Importances(root, featureNames.Count);
    }

    /// <inheritdoc />
    public string TrainerName { get; }

    /// <inheritdoc />
    public LearningTask Task { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The outcome the tree was trained on.</summary>
    public string LabelName { get; }

    /// <summary>The root node.</summary>
    public DecisionTreeNode Root { get; }

    /// <summary>
    /// Each feature's share of the total weighted impurity decrease over the tree's splits, in <see cref="FeatureNames"/>
    /// order, summing to 1 (all 0 for a tree with no split): scikit-learn's <c>feature_importances_</c>.
    /// </summary>
    public IReadOnlyList<double> FeatureImportances { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The row does not have one value per feature.</exception>
    public double Predict(ReadOnlySpan<double> features)
    {
        FeatureRow.Require(TrainerName, FeatureNames, features);
        return Root.LeafFor(features).Value;
    }

    /// <summary>
    /// One line per leaf, left to right: the conditions leading to it and its prediction, e.g.
    /// <c>glucose &lt;= 127.5 AND age &gt; 28.5 → P(pos) = 0.42 (n = 214)</c>.
    /// </summary>
    /// <param name="positiveClass">The positive class's name for <c>P(…)</c>; by default <c>label = 1</c>.</param>
    public IReadOnlyList<string> Rules(string? positiveClass = null) => new TreeText(this, positiveClass).Rules();

    /// <summary>The tree drawn as indented text, one line per branch and leaf, as scikit-learn's <c>export_text</c>.</summary>
    /// <param name="positiveClass">The positive class's name for <c>P(…)</c>; by default <c>label = 1</c>.</param>
    public string ToText(string? positiveClass = null) => new TreeText(this, positiveClass).Drawing();

    /// <inheritdoc />
    /// <remarks>
    /// The nodes are a flat list in depth-first order, children by index (−1 for a leaf), as scikit-learn's <c>tree_</c>
    /// arrays: nesting them would exceed the JSON readers' depth limit of 64 for deep trees.
    /// </remarks>
    public JsonObject ToJson()
    {
        var nodes = new JsonArray();
        AddNode(Root);
        return new JsonObject
        {
            ["kind"] = Kind,
            ["trainer"] = TrainerName,
            ["task"] = Task.ToString(),
            ["label"] = LabelName,
            ["features"] = new JsonArray([.. FeatureNames.Select(name => JsonValue.Create(name))]),
            ["nodes"] = nodes,
        };

        int AddNode(DecisionTreeNode node)
        {
            var json = new JsonObject
            {
                ["feature"] = node.Feature,
                ["threshold"] = node.IsLeaf ? null : node.Threshold,
                ["value"] = node.Value,
                ["samples"] = node.SampleCount,
                ["impurity"] = node.Impurity,
                ["left"] = -1,
                ["right"] = -1,
            };
            var index = nodes.Count;
            nodes.Add(json);
            if (node is { Left: { } left, Right: { } right })
            {
                json["left"] = AddNode(left);
                json["right"] = AddNode(right);
            }

            return index;
        }
    }

    internal static DecisionTreeModel FromJson(JsonObject document)
    {
        var nodes = document["nodes"]!.AsArray().Select(node => node!.AsObject()).ToList();
        return new(
            document["trainer"]!.GetValue<string>(),
            ParseTask(document["task"]!.GetValue<string>()),
            [.. document["features"]!.AsArray().Select(name => name!.GetValue<string>())],
            document["label"]!.GetValue<string>(),
            NodeFromJson(nodes, 0));
    }

    private static LearningTask ParseTask(string text) =>
        Enum.TryParse<LearningTask>(text, out var task) && Enum.IsDefined(task) ? task : throw new FormatException($"unknown task '{text}'");

    private static DecisionTreeNode NodeFromJson(List<JsonObject> nodes, int index)
    {
        var json = nodes[index];
        var value = json["value"]!.GetValue<double>();
        var samples = json["samples"]!.GetValue<int>();
        var impurity = json["impurity"]!.GetValue<double>();
        var left = json["left"]!.GetValue<int>();
        return left >= 0
            ? DecisionTreeNode.Split(
                json["feature"]!.GetValue<int>(), json["threshold"]!.GetValue<double>(), NodeFromJson(nodes, left), NodeFromJson(nodes, json["right"]!.GetValue<int>()), value, samples, impurity)
            : DecisionTreeNode.Leaf(value, samples, impurity);
    }

    private static double[] Importances(DecisionTreeNode root, int featureCount)
    {
        var importances = new double[featureCount];
        Accumulate(root);
        var total = 0.0;
        for (var i = 0; i < featureCount; i++)
        {
            importances[i] /= root.SampleCount;
            total += importances[i];
        }

        return total > 0 ? [.. importances.Select(importance => importance / total)] : importances;

        void Accumulate(DecisionTreeNode node)
        {
            if (node is { Left: { } left, Right: { } right })
            {
                importances[node.Feature] += (node.SampleCount * node.Impurity) - (left.SampleCount * left.Impurity) - (right.SampleCount * right.Impurity);
                Accumulate(left);
                Accumulate(right);
            }
        }
    }
}
