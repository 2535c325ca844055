using MedTwin.Learning;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning.Peers;

/// <summary>Small hand-made data sets for the tree and SVM tests.</summary>
internal static class SmallFrames
{
    /// <summary>A two-class data set with the given feature columns and 0/1 labels.</summary>
    public static LearningData Classification(double[] labels, params (string Name, double[] Values)[] features) => LearningData.FromFrame(
        new DataFrame([.. features.Select(f => (DataFrameColumn)new DoubleDataFrameColumn(f.Name, f.Values)), new DoubleDataFrameColumn("outcome", labels)]),
        "outcome",
        LearningTask.BinaryClassification);
}
