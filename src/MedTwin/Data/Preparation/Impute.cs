using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Fills missing values with one value per column learnt from the training rows (mean, median, most frequent) or declared
/// (constant). Numeric columns come out as real (double) columns; text columns stay text.
/// </summary>
public sealed record Impute : PreparationStep
{
    /// <summary>The columns to fill.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>How to choose the fill value.</summary>
    public required ImputeMethod Method { get; init; }

    /// <summary>The constant for numeric columns, with <see cref="ImputeMethod.Constant"/>.</summary>
    public double? Value { get; init; }

    /// <summary>The constant for text columns, with <see cref="ImputeMethod.Constant"/>.</summary>
    public string? Label { get; init; }

    internal override void Validate(StepContext context)
    {
        Parameters.RequireColumns(Columns, context);
        Parameters.RequireDefined(Method, context, "method");
        Parameters.RequireFinite(Value, context, "value");
        if (Method == ImputeMethod.Constant && Value is null && Label is null)
        {
            throw context.Error("method 'constant' needs a 'value' (numeric columns) or a 'label' (text columns)");
        }

        if (Method != ImputeMethod.Constant && (Value is not null || Label is not null))
        {
            throw context.Error($"'value' and 'label' are for method 'constant', not '{Method}'");
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context)
    {
        var fills = new List<(string Column, object Fill)>();
        foreach (var name in Columns)
        {
            var column = FrameColumns.Require(training, name, context);
            fills.Add((name, FrameColumns.IsNumeric(column) ? FitNumber(column, context) : FitText(column, context)));
        }

        return new Fitted(this, fills);
    }

    private double FitNumber(DataFrameColumn column, StepContext context)
    {
        if (Method == ImputeMethod.Constant)
        {
            return Value ?? throw context.Error("the column is numeric but the step declares only a text 'label'", column.Name);
        }

        var observed = Statistics.Observed(FrameColumns.ReadNumbers(column, context));
        if (observed.Count == 0)
        {
            throw context.Error(NoObserved(column.Length), column.Name);
        }

        return Method switch
        {
            ImputeMethod.Mean => Statistics.Mean(observed),
            ImputeMethod.Median => Statistics.Median(observed),
            _ => observed.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key,
        };
    }

    private string FitText(DataFrameColumn column, StepContext context)
    {
        if (!FrameColumns.IsText(column))
        {
            throw context.Error($"expected a numeric or text column; found {FrameColumns.Describe(column)}", column.Name);
        }

        if (Method is ImputeMethod.Mean or ImputeMethod.Median)
        {
            throw context.Error($"method '{Method}' needs a numeric column; found {FrameColumns.Describe(column)}", column.Name);
        }

        if (Method == ImputeMethod.Constant)
        {
            return Label ?? throw context.Error("the column is text but the step declares only a numeric 'value'", column.Name);
        }

        var observed = FrameColumns.ReadText(column).OfType<string>().ToArray();
        return observed.Length == 0
            ? throw context.Error(NoObserved(column.Length), column.Name)
            : observed.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    internal static string NoObserved(long rows) =>
        rows == 0 ? "there are no training rows to learn from" : $"all {rows} training values are missing; there is nothing to learn from";

    private sealed class Fitted(Impute step, IReadOnlyList<(string Column, object Fill)> fills) : FittedStep(step)
    {
        public override IReadOnlyList<LearntStatistic> Statistics =>
        [
            .. fills.Select(f => f.Fill is double d
                ? new LearntStatistic(f.Column, StatisticName, d)
                : new LearntStatistic(f.Column, StatisticName, null, (string)f.Fill)),
        ];

        private string StatisticName => step.Method switch
        {
            ImputeMethod.Mean => "mean",
            ImputeMethod.Median => "median",
            ImputeMethod.MostFrequent => "most frequent",
            _ => "constant",
        };

        public override string Description =>
            $"Filled missing values with the {StatisticName} ("
            + string.Join(", ", fills.Select(f => $"{f.Column} {ValueText.Quoted(f.Fill)}"))
            + (step.Method == ImputeMethod.Constant ? ")." : ", learnt on the training rows).");

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var replacements = new List<DataFrameColumn>();
            foreach (var (name, fill) in fills)
            {
                var column = FrameColumns.Require(frame, name, context);
                replacements.Add(fill switch
                {
                    double number when FrameColumns.IsNumeric(column) => FillNumbers(column, number, context),
                    string label when FrameColumns.IsText(column) => FillText(column, label, context),
                    _ => throw context.Error($"the step was fitted on a {(fill is double ? "numeric" : "text")} column; found {FrameColumns.Describe(column)}", name),
                });
            }

            var output = frame.Clone();
            foreach (var replacement in replacements)
            {
                output.Columns[output.Columns.IndexOf(replacement.Name)] = replacement;
            }

            return output;
        }

        private static DoubleDataFrameColumn FillNumbers(DataFrameColumn column, double fill, StepContext context)
        {
            var values = FrameColumns.ReadNumbers(column, context);
            for (long row = 0; row < values.Length; row++)
            {
                if (values[row] is null)
                {
                    values[row] = fill;
                    context.Changed(row, column.Name, null, fill);
                }
            }

            return new DoubleDataFrameColumn(column.Name, values);
        }

        private static StringDataFrameColumn FillText(DataFrameColumn column, string fill, StepContext context)
        {
            var values = FrameColumns.ReadText(column);
            for (long row = 0; row < values.Length; row++)
            {
                if (values[row] is null)
                {
                    values[row] = fill;
                    context.Changed(row, column.Name, null, fill);
                }
            }

            return new StringDataFrameColumn(column.Name, values);
        }
    }
}
