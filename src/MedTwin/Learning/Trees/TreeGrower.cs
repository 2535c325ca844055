namespace MedTwin.Learning.Trees;

/// <summary>
/// Grows a CART tree depth-first, left child first, as scikit-learn's <c>DepthFirstTreeBuilder</c> with its best
/// splitter. Every feature is searched at every node, in column order, and a candidate replaces the best so far only if
/// it scores strictly higher: on equal scores the first feature wins, and within a feature the lowest threshold.
/// (scikit-learn visits the features in a random order, so it may break such a tie differently.)
/// </summary>
internal sealed class TreeGrower
{
    // scikit-learn's EPSILON: a node this pure is a leaf, and an improvement this close to the minimum is enough.
    private const double MachineEpsilon = 2.220446049250313e-16;

    private readonly LearningData data;
    private readonly DecisionTreeTrainer.Options options;
    private readonly NodeImpurity impurity;
    private readonly int[] rows;
    private readonly int[] sorted;
    private readonly double[] keys;

    public TreeGrower(LearningData data, DecisionTreeTrainer.Options options)
    {
        this.data = data;
        this.options = options;
        impurity = new NodeImpurity(data.Task, options.Criterion);
        rows = [.. Enumerable.Range(0, data.RowCount)];
        sorted = new int[data.RowCount];
        keys = new double[data.RowCount];
    }

    public DecisionTreeNode Grow() => Grow(0, rows.Length, 0, impurity.Of(Totals(0, rows.Length)));

    private DecisionTreeNode Grow(int start, int end, int depth, double nodeImpurity)
    {
        var totals = Totals(start, end);
        var count = end - start;
        var value = totals.Sum / totals.Count;
        var mayGrow = depth < (options.MaxDepth ?? int.MaxValue)
            && count >= options.MinSamplesSplit
            && count >= 2 * options.MinSamplesLeaf
            && nodeImpurity > MachineEpsilon;
        if (mayGrow && BestSplit(start, end, totals) is { } split && Improvement(split, totals, nodeImpurity) + MachineEpsilon >= options.MinImpurityDecrease)
        {
            var middle = Partition(start, end, split);
            var left = Grow(start, middle, depth + 1, split.LeftImpurity);
            var right = Grow(middle, end, depth + 1, split.RightImpurity);
            return DecisionTreeNode.Split(split.Feature, split.Threshold, left, right, value, count, nodeImpurity);
        }

        return DecisionTreeNode.Leaf(value, count, nodeImpurity);
    }

    private Split? BestSplit(int start, int end, NodeTotals totals)
    {
        Split? best = null;
        var bestScore = double.NegativeInfinity;
        var minLeaf = options.MinSamplesLeaf;
        for (var feature = 0; feature < data.FeatureCount; feature++)
        {
            for (var i = start; i < end; i++)
            {
                sorted[i] = rows[i];
                keys[i] = data[rows[i], feature];
            }

            Array.Sort(keys, sorted, start, end - start);
            var left = default(NodeTotals);
            for (var position = start + 1; position < end; position++)
            {
                left = left.Add(data.Labels[sorted[position - 1]]);
                if (keys[position] == keys[position - 1] || position - start < minLeaf || end - position < minLeaf)
                {
                    continue;
                }

                var right = totals.Minus(left);
                var score = impurity.SplitScore(left, right);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new Split(feature, Midpoint(keys[position - 1], keys[position]), impurity.Of(left), impurity.Of(right), left, right);
                }
            }
        }

        return best;
    }

    // As scikit-learn: halves first so the sum cannot overflow, and the lower value if rounding reaches the upper.
    private static double Midpoint(double lower, double upper)
    {
        var midpoint = (lower / 2.0) + (upper / 2.0);
        return midpoint == upper || double.IsInfinity(midpoint) ? lower : midpoint;
    }

    /// <summary>The weighted impurity decrease, as a share of all training rows (scikit-learn's <c>min_impurity_decrease</c> scale).</summary>
    private double Improvement(Split split, NodeTotals totals, double nodeImpurity) =>
        totals.Count / rows.Length
        * (nodeImpurity - (split.Right.Count / totals.Count * split.RightImpurity) - (split.Left.Count / totals.Count * split.LeftImpurity));

    /// <summary>Puts the rows going left first, each side keeping its order; returns where the right side starts.</summary>
    private int Partition(int start, int end, Split split)
    {
        var segment = rows.AsSpan(start, end - start).ToArray();
        var next = start;
        foreach (var row in segment.Where(row => data[row, split.Feature] <= split.Threshold))
        {
            rows[next++] = row;
        }

        var middle = next;
        foreach (var row in segment.Where(row => data[row, split.Feature] > split.Threshold))
        {
            rows[next++] = row;
        }

        return middle;
    }

    private NodeTotals Totals(int start, int end)
    {
        var totals = default(NodeTotals);
        for (var i = start; i < end; i++)
        {
            totals = totals.Add(data.Labels[rows[i]]);
        }

        return totals;
    }

    private sealed record Split(int Feature, double Threshold, double LeftImpurity, double RightImpurity, NodeTotals Left, NodeTotals Right);
}
