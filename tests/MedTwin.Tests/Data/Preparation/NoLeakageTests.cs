using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

/// <summary>Inside model validation the recipe learns from the training rows only; held-out rows get what was learnt there.</summary>
public sealed class NoLeakageTests
{
    private static readonly PreparationRecipe Recipe = new()
    {
        Steps =
        [
            new DeclareMissing { Columns = ["insulin", "glucose"], Values = [0] },
            new Impute { Columns = ["insulin"], Method = ImputeMethod.Median },
            new Scale { Columns = ["glucose"], Method = ScaleMethod.Standardise },
        ],
    };

    private static DataFrame Rows(DataFrame frame, int start, int count) =>
        frame.Filter(new BooleanDataFrameColumn("take", Enumerable.Range(0, (int)frame.Rows.Count).Select(i => i >= start && i < start + count)));

    private static List<double> Observed(DataFrame frame, string column) =>
        [.. Values(frame, column).OfType<int>().Where(v => v != 0).Select(v => (double)v)];

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    [Fact]
    public void Statistics_fitted_on_training_rows_differ_from_all_rows_and_transform_the_held_out_rows()
    {
        var pima = Pima();
        var training = Rows(pima, 0, 500);
        var heldOut = Rows(pima, 500, 268);
        var trainingMedian = Median(Observed(training, "insulin"));
        var allMedian = Median(Observed(pima, "insulin"));
        var glucose = Observed(training, "glucose");
        var mean = glucose.Average();
        var sd = Math.Sqrt(glucose.Sum(g => (g - mean) * (g - mean)) / (glucose.Count - 1));

        var fitted = Recipe.Fit(training);
        var result = fitted.Apply(heldOut);

        Assert.NotEqual(allMedian, trainingMedian);
        Assert.Equal(new LearntStatistic("insulin", "median", trainingMedian), Assert.Single(fitted.Steps[1].Statistics));
        Assert.NotEqual(Recipe.Fit(pima).Steps[1].Statistics, fitted.Steps[1].Statistics);
        var imputed = result.Report[2].Changes.Select(c => c.After).Distinct().ToArray();
        Assert.Equal(trainingMedian.ToString("R", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(imputed));
        Assert.Equal(Observed(heldOut, "insulin").Count, 268 - result.Report[2].CellsChanged);
        Assert.Equal(mean, fitted.Steps[2].Statistics[0].Value!.Value, 9);
        Assert.Equal(sd, fitted.Steps[2].Statistics[1].Value!.Value, 9);
        Assert.Equal(((int)heldOut["glucose"][0]! - mean) / sd, (double)result.Data["glucose"][0]!, 9);
        Assert.Equal(500, fitted.TrainingRows);
    }
}
