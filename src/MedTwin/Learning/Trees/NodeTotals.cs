namespace MedTwin.Learning.Trees;

/// <summary>The row count and label sums of a set of rows, from which every impurity follows.</summary>
internal readonly record struct NodeTotals(double Count, double Sum, double SumOfSquares)
{
    public NodeTotals Add(double label) => new(Count + 1, Sum + label, SumOfSquares + (label * label));

    public NodeTotals Minus(NodeTotals part) => new(Count - part.Count, Sum - part.Sum, SumOfSquares - part.SumOfSquares);
}
