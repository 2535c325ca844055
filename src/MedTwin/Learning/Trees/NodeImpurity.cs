namespace MedTwin.Learning.Trees;

/// <summary>
/// The impurity of a node and the quantity a split search maximises, computed in the same order of operations as
/// scikit-learn's criteria so that equal candidates compare equal in both.
/// </summary>
internal sealed class NodeImpurity(LearningTask task, SplitCriterion criterion)
{
    public double Of(NodeTotals totals)
    {
        if (task == LearningTask.Regression)
        {
            var mean = totals.Sum / totals.Count;
            return (totals.SumOfSquares / totals.Count) - (mean * mean);
        }

        var negatives = totals.Count - totals.Sum;
        return criterion == SplitCriterion.Gini
            ? 1.0 - (((negatives * negatives) + (totals.Sum * totals.Sum)) / (totals.Count * totals.Count))
            : EntropyTerm(negatives / totals.Count) + EntropyTerm(totals.Sum / totals.Count);
    }

    /// <summary>A quantity that ranks splits as the impurity decrease does, and is cheaper for squared error.</summary>
    public double SplitScore(NodeTotals left, NodeTotals right) =>
        task == LearningTask.Regression
            ? (left.Sum * left.Sum / left.Count) + (right.Sum * right.Sum / right.Count)
            : -(right.Count * Of(right)) - (left.Count * Of(left));

    // ln(x) / ln(2) rather than Math.Log2, as scikit-learn computes it, so the two agree to the last bit.
    private static double EntropyTerm(double fraction) => fraction > 0 ? -fraction * (Math.Log(fraction) / Math.Log(2.0)) : 0;
}
