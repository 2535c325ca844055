namespace MedTwin.Learning.Trees;

/// <summary>
/// One node of a fitted decision tree: a leaf, or a split sending rows with
/// <c>feature &lt;= threshold</c> to <see cref="Left"/> and the others to <see cref="Right"/>.
/// </summary>
public sealed class DecisionTreeNode
{
    private DecisionTreeNode(int feature, double threshold, DecisionTreeNode? left, DecisionTreeNode? right, double value, int sampleCount, double impurity)
    {
        Feature = feature;
        Threshold = threshold;
        Left = left;
        Right = right;
        Value = value;
        SampleCount = sampleCount;
        Impurity = impurity;
    }

    /// <summary>The index of the feature split on; −1 for a leaf.</summary>
    public int Feature { get; }

    /// <summary>The split point: rows with a feature value at or below it go left; NaN for a leaf.</summary>
    public double Threshold { get; }

    /// <summary>The rows at or below the threshold; null for a leaf.</summary>
    public DecisionTreeNode? Left { get; }

    /// <summary>The rows above the threshold; null for a leaf.</summary>
    public DecisionTreeNode? Right { get; }

    /// <summary>Whether the node predicts rather than splits.</summary>
    public bool IsLeaf => Left is null;

    /// <summary>The fraction of class 1 (classification) or the mean label (regression) of the node's training rows.</summary>
    public double Value { get; }

    /// <summary>How many training rows reached the node.</summary>
    public int SampleCount { get; }

    /// <summary>The node's impurity on its training rows (Gini, entropy or squared error).</summary>
    public double Impurity { get; }

    /// <summary>The leaf the features fall into.</summary>
    public DecisionTreeNode LeafFor(ReadOnlySpan<double> features)
    {
        var node = this;
        while (node.Left is { } left && node.Right is { } right)
        {
            node = features[node.Feature] <= node.Threshold ? left : right;
        }

        return node;
    }

    internal static DecisionTreeNode Leaf(double value, int sampleCount, double impurity) =>
        new(-1, double.NaN, null, null, value, sampleCount, impurity);

    internal static DecisionTreeNode Split(int feature, double threshold, DecisionTreeNode left, DecisionTreeNode right, double value, int sampleCount, double impurity) =>
        new(feature, threshold, left, right, value, sampleCount, impurity);
}
