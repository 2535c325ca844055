using Microsoft.Data.Analysis;

namespace MedTwin.Data.Quality;

/// <summary>
/// A bias and quality report for a DataFrame: class balance of the outcome, missing values per column and per subgroup,
/// subgroup sizes and outcomes, and warnings for under-represented subgroups. The report reads the data and never
/// changes it. Its lists are records, so a notebook shows them as tables; <see cref="ToText"/> gives aligned text.
/// </summary>
public sealed class QualityReport
{
    internal QualityReport(
        QualityReportOptions options,
        int rows,
        int columns,
        IReadOnlyList<ClassCount> classBalance,
        IReadOnlyList<ColumnMissingness> missingness,
        IReadOnlyList<SubgroupSize> subgroupSizes,
        IReadOnlyList<SubgroupMissingness> subgroupMissingness,
        IReadOnlyList<SubgroupOutcome> subgroupOutcomes,
        IReadOnlyList<QualityWarning> warnings)
    {
        Outcome = options.Outcome;
        Threshold = options.Threshold;
        Subgroups = options.Subgroups;
        MissingSentinels = options.MissingSentinels;
        Rows = rows;
        Columns = columns;
        ClassBalance = classBalance;
        Missingness = missingness;
        SubgroupSizes = subgroupSizes;
        SubgroupMissingness = subgroupMissingness;
        SubgroupOutcomes = subgroupOutcomes;
        Warnings = warnings;
    }

    /// <summary>The outcome column.</summary>
    public string Outcome { get; }

    /// <summary>The declared representation threshold.</summary>
    public RepresentationThreshold Threshold { get; }

    /// <summary>The declared subgroup splits, in the order declared.</summary>
    public IReadOnlyList<SubgroupDefinition> Subgroups { get; }

    /// <summary>The declared "not measured" sentinels (counted as missing here; the data is unchanged).</summary>
    public IReadOnlyList<MissingSentinel> MissingSentinels { get; }

    /// <summary>The number of rows in the frame.</summary>
    public int Rows { get; }

    /// <summary>The number of columns in the frame.</summary>
    public int Columns { get; }

    /// <summary>Rows per outcome class, observed classes in order, then "(missing)" if any.</summary>
    public IReadOnlyList<ClassCount> ClassBalance { get; }

    /// <summary>Missing values per column, in the frame's column order.</summary>
    public IReadOnlyList<ColumnMissingness> Missingness { get; }

    /// <summary>The size of every subgroup, split by split in the declared order.</summary>
    public IReadOnlyList<SubgroupSize> SubgroupSizes { get; }

    /// <summary>Missing values per column within every subgroup.</summary>
    public IReadOnlyList<SubgroupMissingness> SubgroupMissingness { get; }

    /// <summary>The outcome's class balance within every subgroup.</summary>
    public IReadOnlyList<SubgroupOutcome> SubgroupOutcomes { get; }

    /// <summary>Under-represented subgroups, rows outside declared bands, and columns with no values.</summary>
    public IReadOnlyList<QualityWarning> Warnings { get; }

    /// <summary>Builds the report for <paramref name="frame"/> as <paramref name="options"/> declare.</summary>
    /// <exception cref="ArgumentException">
    /// The frame is empty; a named column is not in it; a banded column is not numeric or holds NaN or ∞; the outcome or a
    /// subgroup column has no values; a sentinel is declared for a non-numeric column. The message names the column.
    /// </exception>
    public static QualityReport Build(DataFrame frame, QualityReportOptions options) => QualityReportBuilder.Build(frame, options);

    /// <summary>The report as aligned plain text, the same on every machine.</summary>
    public string ToText() => QualityReportText.Write(this);

    /// <inheritdoc />
    public override string ToString() => ToText();
}
