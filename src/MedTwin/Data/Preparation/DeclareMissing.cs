using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Declares sentinel values missing: numbers in <see cref="Values"/> (e.g. Pima's 0 for "not measured") in numeric
/// columns, texts in <see cref="Labels"/> in text columns, and with <see cref="NonFinite"/> NaN and infinities. Column
/// types are kept.
/// </summary>
public sealed record DeclareMissing : PreparationStep
{
    /// <summary>The columns to clean.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Numbers that mean "missing" in the numeric columns.</summary>
    public IReadOnlyList<double> Values { get; init; } = [];

    /// <summary>Texts that mean "missing" in the text columns (compared exactly, ordinal).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Whether NaN and ±infinity are missing too; without it they are errors, as in every other step.</summary>
    public bool NonFinite { get; init; }

    internal override void Validate(StepContext context)
    {
        Parameters.RequireColumns(Columns, context);
        if (Values.Count == 0 && Labels.Count == 0 && !NonFinite)
        {
            throw context.Error("declares nothing missing: give 'values', 'labels' or \"nonFinite\": true");
        }

        foreach (var value in Values)
        {
            if (!double.IsFinite(value))
            {
                throw context.Error($"'values' must be finite numbers (use \"nonFinite\": true for NaN and infinities); found {ValueText.Number(value)}");
            }
        }

        if (Labels.Any(label => label is null))
        {
            throw context.Error("'labels' holds a null; expected texts");
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context) => new Fitted(this);

    private sealed class Fitted(DeclareMissing step) : FittedStep(step)
    {
        public override string Description
        {
            get
            {
                var sentinels = step.Values.Select(ValueText.Number)
                    .Concat(step.Labels.Select(label => $"\"{label}\""))
                    .Concat(step.NonFinite ? ["NaN", "infinities"] : Array.Empty<string>());
                return $"Declared {string.Join(", ", sentinels)} missing in {string.Join(", ", step.Columns)}.";
            }
        }

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            foreach (var name in step.Columns)
            {
                CheckType(FrameColumns.Require(frame, name, context), context);
            }

            var output = frame.Clone();
            foreach (var name in step.Columns)
            {
                var column = output.Columns[name];
                for (long row = 0; row < column.Length; row++)
                {
                    var value = column[row];
                    if (value is not null && IsSentinel(value, column.Name, row, context))
                    {
                        column[row] = null;
                        context.Changed(row, name, value, null);
                    }
                }
            }

            return output;
        }

        private void CheckType(DataFrameColumn column, StepContext context)
        {
            if (FrameColumns.IsNumeric(column) && step.Values.Count == 0 && !step.NonFinite)
            {
                throw context.Error($"the column is {FrameColumns.Describe(column)} but the step declares only text labels missing", column.Name);
            }

            if (FrameColumns.IsText(column) && step.Labels.Count == 0)
            {
                throw context.Error($"the column is {FrameColumns.Describe(column)} but the step declares no text labels missing", column.Name);
            }

            if (!FrameColumns.IsNumeric(column) && !FrameColumns.IsText(column))
            {
                throw context.Error($"expected a numeric or text column; found {FrameColumns.Describe(column)}", column.Name);
            }
        }

        private bool IsSentinel(object value, string column, long row, StepContext context)
        {
            if (value is string text)
            {
                return step.Labels.Contains(text, StringComparer.Ordinal);
            }

            var number = FrameColumns.ToDouble(value)!.Value;
            if (double.IsFinite(number))
            {
                return step.Values.Contains(number);
            }

            return step.NonFinite ? true : throw FrameColumns.NonFinite(column, row, number, context);
        }
    }
}
