using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>Standardises or min-max scales numeric columns with statistics learnt on the training rows; they come out real (double).</summary>
public sealed record Scale : PreparationStep
{
    /// <summary>The numeric columns to scale.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>How to scale.</summary>
    public required ScaleMethod Method { get; init; }

    internal override void Validate(StepContext context)
    {
        Parameters.RequireColumns(Columns, context);
        Parameters.RequireDefined(Method, context, "method");
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context)
    {
        var fits = new List<(string Column, double Centre, double Spread)>();
        foreach (var name in Columns)
        {
            var observed = Statistics.Observed(FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(training, name, context), context));
            if (observed.Count < 2)
            {
                throw context.Error(
                    observed.Count == 0 ? Impute.NoObserved(training.Rows.Count) : "scaling needs at least two observed training values",
                    name);
            }

            var (centre, spread) = Method == ScaleMethod.Standardise
                ? (Statistics.Mean(observed), Statistics.StandardDeviation(observed, Statistics.Mean(observed)))
                : (observed.Min(), observed.Max() - observed.Min());
            if (spread == 0)
            {
                throw context.Error($"all observed training values are {ValueText.Number(observed[0])}; a constant column cannot be scaled", name);
            }

            fits.Add((name, centre, spread));
        }

        return new Fitted(this, fits);
    }

    private sealed class Fitted(Scale step, IReadOnlyList<(string Column, double Centre, double Spread)> fits) : FittedStep(step)
    {
        public override IReadOnlyList<LearntStatistic> Statistics =>
        [
            .. fits.SelectMany(f => step.Method == ScaleMethod.Standardise
                ? new[] { new LearntStatistic(f.Column, "mean", f.Centre), new LearntStatistic(f.Column, "standard deviation", f.Spread) }
                : [new LearntStatistic(f.Column, "min", f.Centre), new LearntStatistic(f.Column, "max", f.Centre + f.Spread)]),
        ];

        // Standardised and min-max scaled values are ratios of two quantities of the column's unit: dimensionless.
        internal override void UpdateUnits(IDictionary<string, string> units)
        {
            foreach (var fit in fits)
            {
                units[fit.Column] = "1";
            }
        }

        public override string Description =>
            (step.Method == ScaleMethod.Standardise ? "Standardised" : "Min-max scaled")
            + $" {string.Join(", ", fits.Select(f => f.Column))} with statistics learnt on the training rows.";

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var columns = fits.Select(f => FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, f.Column, context), context)).ToArray();
            var output = frame.Clone();
            for (var i = 0; i < fits.Count; i++)
            {
                var (name, centre, spread) = fits[i];
                var values = columns[i];
                for (long row = 0; row < values.Length; row++)
                {
                    if (values[row] is { } value)
                    {
                        values[row] = (value - centre) / spread;
                        context.Changed(row, name, value, values[row]);
                    }
                }

                output.Columns[output.Columns.IndexOf(name)] = new DoubleDataFrameColumn(name, values);
            }

            return output;
        }
    }
}
