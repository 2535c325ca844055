using MedTwin.Learning;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning.NeuralNetworks;

/// <summary>Small made-up data sets for the perceptron's tests.</summary>
internal static class TinyData
{
    /// <summary>The four XOR rows: y = 1 when exactly one of a and b is 1.</summary>
    public static LearningData Xor() => Frame([0, 0, 1, 1], [0, 1, 0, 1], [0, 1, 1, 0], LearningTask.BinaryClassification);

    /// <summary>Twenty rows of y = sin(2a) + b/2, a regression a straight line cannot fit.</summary>
    public static LearningData Curve()
    {
        var a = Enumerable.Range(0, 20).Select(i => (i - 10) / 5.0).ToArray();
        var b = Enumerable.Range(0, 20).Select(i => ((i * 7) % 20 - 10) / 5.0).ToArray();
        return Frame(a, b, [.. a.Zip(b, (x, z) => Math.Sin(2 * x) + (z / 2))], LearningTask.Regression);
    }

    public static LearningData Frame(double[] a, double[] b, double[] y, LearningTask task) =>
        LearningData.FromFrame(
            new DataFrame(new DoubleDataFrameColumn("a", a), new DoubleDataFrameColumn("b", b), new DoubleDataFrameColumn("y", y)), "y", task);
}
