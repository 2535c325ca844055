using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Removes the columns in which more than a fraction of the training rows are missing. Which columns go is learnt on the
/// training rows, so held-out rows lose the same columns.
/// </summary>
public sealed record DropColumns : PreparationStep
{
    /// <summary>The candidate columns; all columns when omitted.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>A column is removed when its fraction of missing training values exceeds this.</summary>
    public required double MaxMissingFraction { get; init; }

    internal override void Validate(StepContext context)
    {
        if (Columns is not null)
        {
            Parameters.RequireColumns(Columns, context);
        }

        Parameters.RequireFraction(MaxMissingFraction, context, "maxMissingFraction");
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context)
    {
        var candidates = Columns is null
            ? training.Columns.ToArray()
            : [.. Columns.Select(name => FrameColumns.Require(training, name, context))];
        if (training.Rows.Count == 0)
        {
            throw context.Error("there are no training rows to measure missingness in");
        }

        var fractions = new List<LearntStatistic>();
        var dropped = new List<string>();
        foreach (var column in candidates)
        {
            var missing = 0L;
            for (long row = 0; row < column.Length; row++)
            {
                missing += FrameColumns.IsMissing(column, row, context) ? 1 : 0;
            }

            var fraction = (double)missing / training.Rows.Count;
            fractions.Add(new LearntStatistic(column.Name, "missing fraction", fraction));
            if (fraction > MaxMissingFraction)
            {
                dropped.Add(column.Name);
            }
        }

        return new Fitted(this, dropped, fractions);
    }

    private sealed class Fitted(DropColumns step, IReadOnlyList<string> dropped, IReadOnlyList<LearntStatistic> fractions) : FittedStep(step)
    {
        public override IReadOnlyList<LearntStatistic> Statistics => fractions;

        public override string Description =>
            $"Removed the columns with more than {DropRows.Percent(step.MaxMissingFraction)} missing in the training rows: "
            + (dropped.Count == 0 ? "none." : string.Join(", ", dropped) + ".");

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            foreach (var name in dropped)
            {
                FrameColumns.Require(frame, name, context);
            }

            var output = frame.Clone();
            foreach (var name in dropped)
            {
                output.Columns.Remove(name);
            }

            return output;
        }
    }
}
