using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Learning.Metrics;
using MedTwin.Learning.Validation;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>Writes a data set's measurements as JSON for the peer script: per family the seconds and the ROC AUC.</summary>
internal static class ResultFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes the data set, folds, timing method and each family's measurement.</summary>
    public static void Write(string path, ComparisonDataSet dataSet, Folds folds, IReadOnlyList<FamilyMeasurement> measurements)
    {
        var json = new JsonObject
        {
            ["dataSet"] = dataSet.Name,
            ["snapshot"] = dataSet.Snapshot.ToString(),
            ["label"] = dataSet.Setup.Label,
            ["positiveClass"] = dataSet.Setup.PositiveClass,
            ["preparation"] = dataSet.Setup.Recipe?.ToJson() is { } recipe ? JsonNode.Parse(recipe) : null,
            ["folds"] = folds.Description,
            ["timing"] = $"Stopwatch over the whole cross-validation (per fold: recipe fit and apply, model fit, prediction, fold ROC AUC); one warm-up run, then the best of {FamilyTiming.TimedRuns} runs",
            ["runtime"] = RuntimeInformation.FrameworkDescription,
            ["processors"] = Environment.ProcessorCount,
            ["families"] = new JsonArray([.. measurements.Select(Family)]),
        };
        File.WriteAllText(path, json.ToJsonString(Indented) + "\n");
    }

    private static JsonObject Family(FamilyMeasurement measurement) => new()
    {
        ["family"] = measurement.Family.Id,
        ["trainer"] = measurement.Family.Trainer.Name,
        ["hyperparameters"] = new JsonObject([.. measurement.Family.Trainer.Hyperparameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]),
        ["seconds"] = measurement.BestSeconds,
        ["runSeconds"] = new JsonArray([.. measurement.RunSeconds.Select(s => JsonValue.Create(s))]),
        ["meanFoldAuc"] = measurement.MeanFoldAuc,
        ["pooledAuc"] = measurement.PooledAuc,
        ["foldAuc"] = new JsonArray([.. measurement.Result.FoldValues(Metric.RocAuc.Name).Select(v => JsonValue.Create(v))]),
    };
}
