using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Learns per-column fences on the training rows (IQR, z-score or percentiles) and sets values outside them missing,
/// flags them, removes their rows, or — only when declared — winsorises them to the fence.
/// </summary>
public sealed record HandleOutliers : PreparationStep
{
    /// <summary>The suffix of the flag column that <see cref="OutlierAction.Flag"/> adds.</summary>
    public const string FlagSuffix = "_outlier";

    /// <summary>The numeric columns to check.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>How the fences are learnt.</summary>
    public required OutlierMethod Method { get; init; }

    /// <summary>What to do with a value outside the fences.</summary>
    public required OutlierAction Action { get; init; }

    /// <summary>The IQR or standard-deviation multiple; 1.5 for <see cref="OutlierMethod.Iqr"/>, 3 for <see cref="OutlierMethod.ZScore"/> when omitted.</summary>
    public double? Factor { get; init; }

    /// <summary>For <see cref="OutlierMethod.Percentiles"/>: the lower fence's quantile, a fraction (e.g. 0.05).</summary>
    public double? Lower { get; init; }

    /// <summary>For <see cref="OutlierMethod.Percentiles"/>: the upper fence's quantile, a fraction (e.g. 0.95).</summary>
    public double? Upper { get; init; }

    internal override void Validate(StepContext context)
    {
        Parameters.RequireColumns(Columns, context);
        Parameters.RequireDefined(Method, context, "method");
        Parameters.RequireDefined(Action, context, "action");
        Parameters.RequireFinite(Factor, context, "factor");
        if (Method == OutlierMethod.Percentiles)
        {
            if (Factor is not null || Lower is null || Upper is null)
            {
                throw context.Error("method 'percentiles' takes 'lower' and 'upper' quantiles, and no 'factor'");
            }

            Parameters.RequireFraction(Lower.Value, context, "lower");
            Parameters.RequireFraction(Upper.Value, context, "upper");
            if (Lower >= Upper)
            {
                throw context.Error($"the quantiles are contradictory: lower {ValueText.Number(Lower.Value)} is not below upper {ValueText.Number(Upper.Value)}");
            }
        }
        else if (Lower is not null || Upper is not null)
        {
            throw context.Error($"'lower' and 'upper' are for method 'percentiles', not '{Method}'");
        }
        else if (Factor <= 0)
        {
            throw context.Error($"'factor' must be positive; found {ValueText.Number(Factor.Value)}");
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context)
    {
        var rules = new List<BoundsCheck.Rule>();
        foreach (var name in Columns)
        {
            var observed = Statistics.Observed(FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(training, name, context), context));
            var minimum = Method == OutlierMethod.ZScore ? 2 : 1;
            if (observed.Count < minimum)
            {
                throw context.Error(
                    observed.Count == 0 ? Impute.NoObserved(training.Rows.Count) : "a standard deviation needs at least two observed training values",
                    name);
            }

            var (low, high) = Fences(observed);
            rules.Add(new BoundsCheck.Rule(name, low, high, $"fences {ValueText.Number(low)} to {ValueText.Number(high)} learnt on the training rows"));
        }

        return new Fitted(this, rules);
    }

    private (double Low, double High) Fences(List<double> observed)
    {
        switch (Method)
        {
            case OutlierMethod.Iqr:
                var sorted = Statistics.Sorted(observed);
                var q1 = Statistics.Quantile(sorted, 0.25);
                var q3 = Statistics.Quantile(sorted, 0.75);
                var k = Factor ?? 1.5;
                return (q1 - (k * (q3 - q1)), q3 + (k * (q3 - q1)));
            case OutlierMethod.ZScore:
                var mean = Statistics.Mean(observed);
                var spread = (Factor ?? 3) * Statistics.StandardDeviation(observed, mean);
                return (mean - spread, mean + spread);
            default:
                var ordered = Statistics.Sorted(observed);
                return (Statistics.Quantile(ordered, Lower!.Value), Statistics.Quantile(ordered, Upper!.Value));
        }
    }

    private sealed class Fitted(HandleOutliers step, IReadOnlyList<BoundsCheck.Rule> rules) : FittedStep(step)
    {
        public override IReadOnlyList<LearntStatistic> Statistics =>
        [
            .. rules.SelectMany(r => new[] { new LearntStatistic(r.Column, "lower fence", r.Low), new LearntStatistic(r.Column, "upper fence", r.High) }),
        ];

        public override string Description =>
            $"{Verb(step.Action)} values outside the {MethodText} fences learnt on the training rows ("
            + string.Join("; ", rules.Select(r => $"{r.Column} {ValueText.Number(r.Low)} to {ValueText.Number(r.High)}"))
            + ").";

        private string MethodText => step.Method switch
        {
            OutlierMethod.Iqr => $"IQR (factor {ValueText.Number(step.Factor ?? 1.5)})",
            OutlierMethod.ZScore => $"z-score (factor {ValueText.Number(step.Factor ?? 3)})",
            _ => $"percentile ({ValueText.Number(step.Lower!.Value)}, {ValueText.Number(step.Upper!.Value)})",
        };

        internal override DataFrame Transform(DataFrame frame, StepContext context) =>
            BoundsCheck.Apply(frame, rules, step.Action, FlagSuffix, context);

        private static string Verb(OutlierAction action) => action switch
        {
            OutlierAction.SetMissing => "Set missing the",
            OutlierAction.Flag => "Flagged",
            OutlierAction.RejectRow => "Removed the rows with",
            _ => "Winsorised to the fence the",
        };
    }
}
