namespace MedTwin.Learning.Trees;

/// <summary>How a classification tree measures the impurity of a node (regression trees always use squared error).</summary>
public enum SplitCriterion
{
    /// <summary>Gini impurity, 1 − Σ pₖ².</summary>
    Gini,

    /// <summary>Entropy in bits, −Σ pₖ log₂ pₖ.</summary>
    Entropy,
}
