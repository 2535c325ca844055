using MedTwin.Charts;
using MedTwin.Data.Quality;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace MedTwin.Tests.Charts;

/// <summary>One figure of every kind MedTwin draws, built with MedTwin's own chart functions.</summary>
internal static class ChartSamples
{
    public static GenericChart Lines() => Figures.Lines(
        "Theophylline", "time (h)", "concentration (mg/L)",
        [new CurveSeries("fit", [0, 1, 2, 4, 8], [0, 8.5, 7.9, 6.1, 3.2])],
        [new CurveSeries("observed", [1, 2, 4], [8.2, 8.1, 5.8])],
        [("upper therapeutic", 20)]);

    public static GenericChart Scatter() => Figures.Scatter(
        "Glucose and BMI", "glucose (mg/dL)", "BMI", new Series("glucose", [85, 140, null, 120]), new Series("bmi", [22.5, 31, 28, 27.4]));

    public static GenericChart Histogram() => Figures.Histogram(
        "Glucose by outcome", "glucose (mg/dL)", new Series("neg", [80, 90, 95, 101, 110, 120]), new Series("pos", [130, 150, 155, 170, null]));

    public static GenericChart Roc() => ModelCharts.Roc(
        "ROC", new CurveSeries("logistic (AUC 0.81)", [0, 0.1, 0.3, 1], [0, 0.6, 0.85, 1]), new CurveSeries("tree (AUC 0.74)", [0, 0.2, 0.5, 1], [0, 0.5, 0.8, 1]));

    public static GenericChart PrecisionRecall() => ModelCharts.PrecisionRecall(
        "Precision–recall", 0.349, new CurveSeries("logistic", [0, 0.5, 1], [1, 0.7, 0.349]));

    public static GenericChart Calibration() => ModelCharts.Calibration(
        "Calibration", 2, ("logistic", [0, 1, 0, 1, 0, 1], [0.1, 0.7, 0.3, 0.9, 0.2, 0.6]));

    public static GenericChart FeatureImportance() => ModelCharts.FeatureImportance(
        "Permutation importance", "AUC drop", ["age", "glucose", "mass"], [0.01, 0.2, 0.05], [0.004, 0.02, 0.01]);

    public static GenericChart ConfusionMatrix() => ModelCharts.ConfusionMatrix("Confusion", "neg", "pos", 400, 100, 60, 208);

    public static GenericChart Missingness() => QualityCharts.Missingness(Report());

    public static GenericChart SubgroupSizes() => QualityCharts.SubgroupSizes(Report(), "sex");

    public static GenericChart Timeline() => TwinCharts.Timeline(
        "Bed 7",
        "time (h)",
        [
            new TimelinePanel("heart rate (/min)", [new CurveSeries("heart rate", [0, 1, 2, 3], [72, 80, 118, 96])], [], [new TimelineBand(91, 130, "rgba(255,165,0,0.25)", "high")]),
            new TimelinePanel("NEWS2", [], [new CurveSeries("score", [0, 1, 2, 3], [1, 2, 6, 3])], [new TimelineBand(5, 7, "rgba(255,0,0,0.2)", "medium")]),
        ],
        [new TimelineMarker(2, "alert", "firebrick")]);

    public static IEnumerable<(string Name, GenericChart Chart)> All() =>
    [
        ("lines", Lines()), ("scatter", Scatter()), ("histogram", Histogram()), ("roc", Roc()), ("precision-recall", PrecisionRecall()),
        ("calibration", Calibration()), ("feature-importance", FeatureImportance()), ("confusion-matrix", ConfusionMatrix()),
        ("missingness", Missingness()), ("subgroup-sizes", SubgroupSizes()), ("timeline", Timeline()),
    ];

    /// <summary>A small quality report: four rows, a declared "not measured" sentinel, one subgroup split.</summary>
    public static QualityReport Report() => QualityReport.Build(
        new DataFrame(
            new StringDataFrameColumn("outcome", ["yes", "no", "no", "no"]),
            new StringDataFrameColumn("sex", ["f", "m", "f", "f"]),
            new Int32DataFrameColumn("score", new int?[] { 0, 3, null, 4 })),
        new QualityReportOptions
        {
            Outcome = "outcome",
            Subgroups = [SubgroupDefinition.Category("sex")],
            Threshold = RepresentationThreshold.Share(0.5),
            MissingSentinels = [new MissingSentinel("score", 0)],
        });
}
