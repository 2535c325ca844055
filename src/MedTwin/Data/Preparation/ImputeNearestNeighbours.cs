using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Fills a missing value with the mean of that column over the k nearest training rows that have it observed.
/// </summary>
/// <remarks>
/// Distance is scikit-learn's <c>nan_euclidean</c>: with n features of which p are observed in both rows,
/// d = sqrt(n / p × Σ (a − b)²) over those p; a training row sharing no observed feature is not a candidate. By default
/// the features are first standardised with the training rows' mean and sample standard deviation (a feature constant in
/// the training rows contributes nothing), so that a feature in large units does not decide nearness alone; with
/// <see cref="StandardiseFeatures"/> off the step computes what scikit-learn's <c>KNNImputer(n_neighbors=k)</c> does.
/// Unlike <c>KNNImputer</c>, ties in distance go to the earlier training row, and a value with no candidate is an error
/// rather than the column mean. The row's other features are used as given, never as imputed by this step.
/// </remarks>
public sealed record ImputeNearestNeighbours : PreparationStep
{
    /// <summary>The numeric columns to fill.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The numeric columns that measure nearness; <see cref="Columns"/> when omitted.</summary>
    public IReadOnlyList<string>? Features { get; init; }

    /// <summary>Whether to standardise the features before measuring distance (the default); off, as scikit-learn's <c>KNNImputer</c>.</summary>
    public bool StandardiseFeatures { get; init; } = true;

    /// <summary>How many neighbours to average (fewer when fewer training rows qualify).</summary>
    public int K { get; init; } = 5;

    internal override void Validate(StepContext context)
    {
        Parameters.RequireColumns(Columns, context);
        if (Features is not null)
        {
            Parameters.RequireColumns(Features, context, "features");
        }

        if (K < 1)
        {
            throw context.Error($"'k' must be at least 1; found {K}");
        }
    }

    private protected override FittedStep FitCore(DataFrame training, StepContext context)
    {
        var features = Features ?? Columns;
        var featureValues = features.Select(name => FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(training, name, context), context)).ToArray();
        var targets = Columns.Select(name => FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(training, name, context), context)).ToArray();
        var statistics = new List<LearntStatistic>();
        var centres = new double[features.Count];
        var scales = new double[features.Count];
        for (var f = 0; f < features.Count; f++)
        {
            var observed = Statistics.Observed(featureValues[f]);
            if (observed.Count == 0)
            {
                throw context.Error(Impute.NoObserved(training.Rows.Count), features[f]);
            }

            if (StandardiseFeatures)
            {
                centres[f] = Statistics.Mean(observed);
                scales[f] = observed.Count > 1 ? Statistics.StandardDeviation(observed, centres[f]) : 0;
                statistics.Add(new LearntStatistic(features[f], "mean", centres[f]));
                statistics.Add(new LearntStatistic(features[f], "standard deviation", scales[f]));
            }
            else
            {
                scales[f] = 1;
            }
        }

        for (var c = 0; c < Columns.Count; c++)
        {
            if (targets[c].All(v => v is null))
            {
                throw context.Error(Impute.NoObserved(training.Rows.Count), Columns[c]);
            }
        }

        var standardised = Standardise(featureValues, centres, scales);
        return new Fitted(this, features, centres, scales, standardised, targets, statistics);
    }

    private static double?[][] Standardise(double?[][] features, double[] centres, double[] scales) =>
    [
        .. features.Select((values, f) => values.Select(v => v is null ? (double?)null : scales[f] > 0 ? (v.Value - centres[f]) / scales[f] : 0).ToArray()),
    ];

    /// <summary>The squared nan_euclidean distance, or <c>null</c> when the rows share no observed feature.</summary>
    internal static double? SquaredDistance(double?[][] a, long rowA, double?[][] b, long rowB)
    {
        var sum = 0.0;
        var present = 0;
        for (var f = 0; f < a.Length; f++)
        {
            if (a[f][rowA] is { } x && b[f][rowB] is { } y)
            {
                sum += (x - y) * (x - y);
                present++;
            }
        }

        return present == 0 ? null : sum * a.Length / present;
    }

    private sealed class Fitted(
        ImputeNearestNeighbours step,
        IReadOnlyList<string> features,
        double[] centres,
        double[] scales,
        double?[][] trainingFeatures,
        double?[][] trainingTargets,
        IReadOnlyList<LearntStatistic> statistics) : FittedStep(step)
    {
        public override IReadOnlyList<LearntStatistic> Statistics => statistics;

        public override string Description =>
            $"Filled missing values in {string.Join(", ", step.Columns)} with the mean of the {step.K.ToString(CultureInfo.InvariantCulture)} nearest of "
            + $"{trainingTargets[0].Length.ToString(CultureInfo.InvariantCulture)} training rows (nan-Euclidean distance on {(step.StandardiseFeatures ? "standardised" : "unscaled")} {string.Join(", ", features)}).";

        internal override DataFrame Transform(DataFrame frame, StepContext context)
        {
            var rowFeatures = Standardise(
                [.. features.Select(name => FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, name, context), context))],
                centres,
                scales);
            var output = frame.Clone();
            for (var c = 0; c < step.Columns.Count; c++)
            {
                var name = step.Columns[c];
                var values = FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, name, context), context);
                for (long row = 0; row < values.Length; row++)
                {
                    if (values[row] is null)
                    {
                        values[row] = Neighbours(rowFeatures, row, trainingTargets[c], name, context);
                        context.Changed(row, name, null, values[row]);
                    }
                }

                output.Columns[output.Columns.IndexOf(name)] = new DoubleDataFrameColumn(name, values);
            }

            return output;
        }

        private double Neighbours(double?[][] rowFeatures, long row, double?[] target, string column, StepContext context)
        {
            var candidates = new List<(double Distance, int Row)>();
            for (var t = 0; t < target.Length; t++)
            {
                if (target[t] is not null && SquaredDistance(rowFeatures, row, trainingFeatures, t) is { } distance)
                {
                    candidates.Add((distance, t));
                }
            }

            if (candidates.Count == 0)
            {
                throw context.Error(
                    $"no training row has this column observed and shares an observed feature ({string.Join(", ", features)}) with the row",
                    column,
                    row);
            }

            var nearest = candidates.OrderBy(c => c.Distance).ThenBy(c => c.Row).Take(step.K).ToArray();
            return nearest.Sum(n => target[n.Row]!.Value) / nearest.Length;
        }
    }
}
