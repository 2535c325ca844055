namespace MedTwin.Notebooks.Display;

/// <summary>How much of a large value the display formatters show.</summary>
public sealed record FormatterOptions
{
    /// <summary>The defaults: 20 table rows and 20 sequence items.</summary>
    public static FormatterOptions Default { get; } = new();

    /// <summary>How many rows of a table (data frame or sequence of objects) are shown; the rest are counted.</summary>
    public int MaxRows { get; init; } = 20;

    /// <summary>How many items of a sequence are listed in plain text; the rest are counted.</summary>
    public int MaxItems { get; init; } = 20;
}
