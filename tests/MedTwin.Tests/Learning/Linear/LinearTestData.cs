using MedTwin.Data.Snapshots;
using MedTwin.Learning;
using MedTwin.Tests.Support;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Learning.Linear;

/// <summary>The snapshots the linear models are checked on, read as the peer scripts read them.</summary>
internal static class LinearTestData
{
    public static DataFrame PimaFrame() => new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data;

    public static DataFrame EfronFrame() => new SnapshotCatalog(RepositoryPaths.Data).Open("efron-diabetes", 1).Data;

    /// <summary>Pima, raw: diabetes "pos" = 1 against the 8 features.</summary>
    public static LearningData Pima() =>
        LearningData.FromFrame(PimaFrame(), "diabetes", LearningTask.BinaryClassification, positiveClass: "pos");

    /// <summary>Pima with each feature standardised to mean 0 and population standard deviation 1, as numpy's std does.</summary>
    public static LearningData PimaStandardised()
    {
        var frame = PimaFrame();
        var standardised = new DataFrame();
        foreach (var column in frame.Columns)
        {
            if (column.Name == "diabetes")
            {
                standardised.Columns.Add(column);
                continue;
            }

            var values = Enumerable.Range(0, (int)column.Length).Select(i => Convert.ToDouble(column[i], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var mean = values.Average();
            var deviation = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
            standardised.Columns.Add(new DoubleDataFrameColumn(column.Name, values.Select(v => (v - mean) / deviation)));
        }

        return LearningData.FromFrame(standardised, "diabetes", LearningTask.BinaryClassification, positiveClass: "pos");
    }

    /// <summary>Wisconsin breast cancer: diagnosis "malignant" = 1 against the 30 nuclear features.</summary>
    public static LearningData Wdbc() => LearningData.FromFrame(
        new SnapshotCatalog(RepositoryPaths.Data).Open("wdbc-breast-cancer", 1).Data, "diagnosis", LearningTask.BinaryClassification, positiveClass: "malignant");

    /// <summary>Efron's diabetes data: progression against all 10 features.</summary>
    public static LearningData Efron() => LearningData.FromFrame(EfronFrame(), "progression", LearningTask.Regression);

    /// <summary>Asserts |actual − expected| ≤ tolerance·|expected| for every element.</summary>
    public static void EqualRelative(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var difference = Math.Abs(actual[i] - expected[i]);
            Assert.True(difference <= tolerance * Math.Abs(expected[i]), $"Element {i}: expected {expected[i]:R}, found {actual[i]:R} (relative difference {difference / Math.Abs(expected[i]):G3}).");
        }
    }

    /// <summary>The largest relative difference, for reporting.</summary>
    public static double LargestRelativeDifference(IReadOnlyList<double> expected, IReadOnlyList<double> actual) =>
        expected.Zip(actual, (e, a) => e == a ? 0 : Math.Abs(a - e) / Math.Abs(e)).Max();
}
