using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>Removes the rows in which more than a fraction of the considered columns are missing.</summary>
public sealed record DropRows : PreparationStep
{
    /// <summary>The columns whose missingness counts; all columns when omitted.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>A row is removed when its fraction of missing values exceeds this (0 removes every incomplete row).</summary>
    public required double MaxMissingFraction { get; init; }

    internal override void Validate(StepContext context)
    {
        if (Columns is not null)
        {
            Parameters.RequireColumns(Columns, context);
        }

        Parameters.RequireFraction(MaxMissingFraction, context, "maxMissingFraction");
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context) => new Fitted(this);

    private sealed class Fitted(DropRows step) : FittedStep(step)
    {
        public override string Description =>
            $"Removed rows with more than {Percent(step.MaxMissingFraction)} of {(step.Columns is null ? "all columns" : string.Join(", ", step.Columns))} missing.";

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var columns = step.Columns is null
                ? frame.Columns.ToArray()
                : [.. step.Columns.Select(name => FrameColumns.Require(frame, name, context))];
            if (columns.Length == 0)
            {
                throw context.Error("the frame has no columns to count missing values in");
            }

            for (long row = 0; row < frame.Rows.Count; row++)
            {
                var missing = columns.Where(column => FrameColumns.IsMissing(column, row, context)).Select(c => c.Name).ToArray();
                var fraction = (double)missing.Length / columns.Length;
                if (fraction > step.MaxMissingFraction)
                {
                    context.Removed(row, $"{missing.Length} of {columns.Length} columns missing ({string.Join(", ", missing)}), more than {Percent(step.MaxMissingFraction)}");
                }
            }

            return FrameColumns.WithoutRows(frame, context.RemovedPositions);
        }
    }

    internal static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
