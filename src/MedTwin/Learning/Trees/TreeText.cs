using System.Globalization;
using System.Text;

namespace MedTwin.Learning.Trees;

/// <summary>A decision tree in words: rules per leaf, and an indented drawing.</summary>
internal sealed class TreeText(DecisionTreeModel model, string? positiveClass)
{
    public IReadOnlyList<string> Rules()
    {
        var rules = new List<string>();
        Visit(model.Root, []);
        return rules;

        void Visit(DecisionTreeNode node, List<string> conditions)
        {
            if (node is { Left: { } left, Right: { } right })
            {
                Visit(left, [.. conditions, Condition(node, "<=")]);
                Visit(right, [.. conditions, Condition(node, ">")]);
                return;
            }

            var path = conditions.Count == 0 ? "(every row)" : string.Join(" AND ", conditions);
            rules.Add($"{path} → {Prediction(node)}");
        }
    }

    public string Drawing()
    {
        var text = new StringBuilder();
        Draw(model.Root, 0);
        return text.ToString();

        void Draw(DecisionTreeNode node, int depth)
        {
            var indent = string.Concat(Enumerable.Repeat("|   ", depth));
            if (node is { Left: { } left, Right: { } right })
            {
                text.Append(indent).Append("|--- ").Append(Condition(node, "<=")).Append('\n');
                Draw(left, depth + 1);
                text.Append(indent).Append("|--- ").Append(Condition(node, ">")).Append('\n');
                Draw(right, depth + 1);
                return;
            }

            text.Append(indent).Append("|--- ").Append(Prediction(node)).Append('\n');
        }
    }

    private string Condition(DecisionTreeNode node, string comparison) =>
        $"{model.FeatureNames[node.Feature]} {comparison} {node.Threshold.ToString("G6", CultureInfo.InvariantCulture)}";

    private string Prediction(DecisionTreeNode leaf)
    {
        var value = model.Task == LearningTask.BinaryClassification
            ? $"P({positiveClass ?? model.LabelName + " = 1"}) = {leaf.Value.ToString("0.00", CultureInfo.InvariantCulture)}"
            : $"mean {model.LabelName} = {leaf.Value.ToString("G6", CultureInfo.InvariantCulture)}";
        return string.Create(CultureInfo.InvariantCulture, $"{value} (n = {leaf.SampleCount})");
    }
}
