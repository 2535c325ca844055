namespace MedTwin.Data.Quality;

/// <summary>How a subgroup definition splits the rows.</summary>
public enum SubgroupKind
{
    /// <summary>One group per value of a categorical column (e.g. sex).</summary>
    Category,

    /// <summary>One group per declared band of a numeric column (e.g. age 21–29, 30–39, …).</summary>
    Bands,
}
