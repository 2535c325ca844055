using Microsoft.ML;
using Microsoft.ML.Data;

namespace MedTwin.Learning.Boosting;

/// <summary>
/// LearningData as ML.NET rows. ML.NET's trees train on single-precision features, so each double is rounded to the
/// nearest float (about seven significant digits): values that differ only beyond that become ties, which is below the
/// precision of any clinical measurement. Labels become bool (classification) or float (regression).
/// </summary>
internal static class MachineLearningRows
{
    public const string Label = "Label";
    public const string Features = "Features";

    public static IDataView Training(MLContext context, LearningData data)
    {
        var features = Enumerable.Range(0, data.RowCount).Select(i => ToSingle(data.Row(i))).ToArray();
        return data.Task == LearningTask.BinaryClassification
            ? context.Data.LoadFromEnumerable(
                features.Select((row, i) => new BinaryRow { Label = data.Labels[i] == 1, Features = row }), Schema<BinaryRow>(data.FeatureCount))
            : context.Data.LoadFromEnumerable(
                features.Select((row, i) => new RegressionRow { Label = (float)data.Labels[i], Features = row }), Schema<RegressionRow>(data.FeatureCount));
    }

    public static SchemaDefinition Schema<TRow>(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(TRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    public static float[] ToSingle(ReadOnlySpan<double> values)
    {
        var single = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            single[i] = (float)values[i];
        }

        return single;
    }

    /// <summary>A row to predict.</summary>
    internal sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];
    }

    /// <summary>A classification training row.</summary>
    internal sealed class BinaryRow
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    /// <summary>A regression training row.</summary>
    internal sealed class RegressionRow
    {
        public float Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    /// <summary>The calibrated probability of a binary classifier.</summary>
    internal sealed class ProbabilityOutput
    {
        public float Probability { get; set; }
    }

    /// <summary>The score of a regression.</summary>
    internal sealed class ScoreOutput
    {
        public float Score { get; set; }
    }
}
