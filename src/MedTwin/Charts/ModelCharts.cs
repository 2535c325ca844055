using System.Globalization;
using Plotly.NET;
using static MedTwin.Charts.PlotlyParts;

namespace MedTwin.Charts;

/// <summary>The figures a model evaluation shows: ROC and precision–recall curves, calibration, feature importance, confusion matrix.</summary>
public static class ModelCharts
{
    private static readonly double[] EndPoints = [0, 1];
    private static readonly double[] ProbabilityRange = [0, 1.02];

    /// <summary>ROC curves (false positive rate against sensitivity), one per model, with the chance diagonal.</summary>
    /// <exception cref="ArgumentException">A curve's x and y differ in length, or a point lies outside [0, 1].</exception>
    public static GenericChart Roc(string title, params CurveSeries[] curves) =>
        UnitSquare(title, "1 − specificity (false positive rate)", "sensitivity (true positive rate)", curves, diagonal: true);

    /// <summary>Precision–recall curves, one per model, with the outcome's prevalence as the no-skill line.</summary>
    /// <exception cref="ArgumentException">A curve's x and y differ in length, a point lies outside [0, 1], or the prevalence does.</exception>
    public static GenericChart PrecisionRecall(string title, double prevalence, params CurveSeries[] curves)
    {
        if (!(prevalence is >= 0 and <= 1))
        {
            throw new ArgumentException($"The prevalence must lie in [0, 1]; found {prevalence.ToString(CultureInfo.InvariantCulture)}.", nameof(prevalence));
        }

        var chart = UnitSquare(title, "recall (sensitivity)", "precision", curves, diagonal: false);
        var noSkill = Trace("scatter", $"no skill (prevalence {prevalence.ToString("0.###", CultureInfo.InvariantCulture)})", ("x", EndPoints), ("y", new[] { prevalence, prevalence }), ("mode", "lines"), ("line", Dashed));
        return GenericChart.combine([chart, GenericChart.ofTraceObject(true, noSkill)]);
    }

    /// <summary>
    /// A calibration plot: predicted probabilities split into <paramref name="bins"/> groups of (nearly) equal size by
    /// rank, each drawn at its mean predicted probability against the observed fraction of positives, with the diagonal
    /// of perfect calibration. Each curve is one model's (labels, probabilities).
    /// </summary>
    /// <exception cref="ArgumentException">Labels are not 0/1, a probability lies outside [0, 1], lengths differ, or there are fewer rows than bins.</exception>
    public static GenericChart Calibration(string title, int bins, params (string Name, IReadOnlyList<double> Labels, IReadOnlyList<double> Probabilities)[] models)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        var curves = models.Select(m => CalibrationCurve(m.Name, m.Labels, m.Probabilities, bins)).ToArray();
        return UnitSquare(title, "mean predicted probability", "observed fraction of positives", curves, diagonal: true, markers: true);
    }

    /// <summary>Feature importances as horizontal bars, largest at the top, with ± one standard deviation where given.</summary>
    /// <exception cref="ArgumentException">Lengths differ or a value is not finite.</exception>
    public static GenericChart FeatureImportance(string title, string measure, IReadOnlyList<string> features, IReadOnlyList<double> importance, IReadOnlyList<double>? standardDeviation = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(importance);
        RequireSameLength(features.Count, importance.Count, "importance");
        if (standardDeviation is not null)
        {
            RequireSameLength(features.Count, standardDeviation.Count, "standardDeviation");
        }

        RequireFinite(importance, "importance");
        var order = Enumerable.Range(0, features.Count).OrderBy(i => importance[i]).ThenByDescending(i => features[i], StringComparer.Ordinal).ToArray();
        var properties = new List<(string, object)>
        {
            ("x", order.Select(i => importance[i]).ToArray()),
            ("y", order.Select(i => features[i]).ToArray()),
            ("orientation", "h"),
        };
        if (standardDeviation is not null)
        {
            properties.Add(("error_x", new Dictionary<string, object> { ["type"] = "data", ["array"] = order.Select(i => standardDeviation[i]).ToArray() }));
        }

        return WithLayout(GenericChart.ofTraceObject(true, Trace("bar", measure, [.. properties])), title, measure, "feature", ("yaxis", Axis("feature", ("type", "category"))));
    }

    /// <summary>A 2 × 2 confusion matrix as an annotated heat map: actual class in rows, predicted class in columns.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static GenericChart ConfusionMatrix(string title, string negative, string positive, int trueNegatives, int falsePositives, int falseNegatives, int truePositives)
    {
        int[] counts = [trueNegatives, falsePositives, falseNegatives, truePositives];
        if (counts.Any(c => c < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(trueNegatives), "Confusion matrix counts cannot be negative.");
        }

        string[] classes = [negative, positive];
        int[][] z = [[trueNegatives, falsePositives], [falseNegatives, truePositives]];
        var annotations = new List<Dictionary<string, object>>();
        for (var actual = 0; actual < 2; actual++)
        {
            for (var predicted = 0; predicted < 2; predicted++)
            {
                annotations.Add(new Dictionary<string, object>
                {
                    ["x"] = classes[predicted],
                    ["y"] = classes[actual],
                    ["text"] = z[actual][predicted].ToString(CultureInfo.InvariantCulture),
                    ["showarrow"] = false,
                });
            }
        }

        var heatmap = Trace("heatmap", "count", ("x", classes), ("y", classes), ("z", z), ("colorscale", "Blues"));
        return WithLayout(
            GenericChart.ofTraceObject(true, heatmap),
            title,
            "predicted",
            "actual",
            ("xaxis", Axis("predicted", ("type", "category"))),
            ("yaxis", Axis("actual", ("type", "category"), ("autorange", "reversed"))),
            ("annotations", annotations));
    }

    private static Dictionary<string, object> Dashed => new() { ["dash"] = "dash", ["color"] = "grey" };

    private static CurveSeries CalibrationCurve(string name, IReadOnlyList<double> labels, IReadOnlyList<double> probabilities, int bins)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(probabilities);
        RequireSameLength(labels.Count, probabilities.Count, "probabilities");
        if (labels.Count < bins)
        {
            throw new ArgumentException($"{name}: {labels.Count} rows cannot fill {bins} bins.", nameof(labels));
        }

        if (labels.Any(l => l is not (0 or 1)))
        {
            throw new ArgumentException($"{name}: labels must be 0 or 1.", nameof(labels));
        }

        RequireUnit(probabilities, $"{name}: probabilities");
        var order = Enumerable.Range(0, labels.Count).OrderBy(i => probabilities[i]).ThenBy(i => i).ToArray();
        var x = new double[bins];
        var y = new double[bins];
        for (var b = 0; b < bins; b++)
        {
            var members = order[(b * order.Length / bins)..((b + 1) * order.Length / bins)];
            x[b] = members.Average(i => probabilities[i]);
            y[b] = members.Average(i => labels[i]);
        }

        return new CurveSeries(name, x, y);
    }

    private static GenericChart UnitSquare(string title, string xTitle, string yTitle, CurveSeries[] curves, bool diagonal, bool markers = false)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var traces = new List<Trace2D>();
        foreach (var curve in curves)
        {
            ArgumentNullException.ThrowIfNull(curve);
            RequireSameLength(curve.X.Count, curve.Y.Count, curve.Name);
            RequireUnit(curve.X, curve.Name);
            RequireUnit(curve.Y, curve.Name);
            traces.Add(Trace("scatter", curve.Name, ("x", curve.X.ToArray()), ("y", curve.Y.ToArray()), ("mode", markers ? "lines+markers" : "lines")));
        }

        if (diagonal)
        {
            traces.Add(Trace("scatter", "reference", ("x", EndPoints), ("y", EndPoints), ("mode", "lines"), ("line", Dashed)));
        }

        return WithLayout(
            GenericChart.ofTraceObjects(true, traces),
            title,
            xTitle,
            yTitle,
            ("xaxis", Axis(xTitle, ("range", EndPoints))),
            ("yaxis", Axis(yTitle, ("range", ProbabilityRange))));
    }

    private static void RequireSameLength(int expected, int found, string name)
    {
        if (expected != found)
        {
            throw new ArgumentException($"{name}: expected {expected} values; found {found}.", name);
        }
    }

    private static void RequireFinite(IReadOnlyList<double> values, string name)
    {
        var index = values.ToList().FindIndex(v => !double.IsFinite(v));
        if (index >= 0)
        {
            throw new ArgumentException($"{name}[{index}] is {values[index].ToString(CultureInfo.InvariantCulture)}; values must be finite.", name);
        }
    }

    private static void RequireUnit(IReadOnlyList<double> values, string name)
    {
        var index = values.ToList().FindIndex(v => !(v is >= 0 and <= 1));
        if (index >= 0)
        {
            throw new ArgumentException($"{name}: value {index} is {values[index].ToString(CultureInfo.InvariantCulture)}; it must lie in [0, 1].", name);
        }
    }
}
