using System.Globalization;
using MedTwin.Data.Preparation;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

/// <summary>Scaling fitted on training rows and applied to every row gives what R and scikit-learn give on the same Pima rows.</summary>
public sealed class ScalePeerTests
{
    private static readonly string[] Measured = ["glucose", "pressure", "triceps", "insulin", "mass"];
    private static readonly string[] Columns = [.. Measured, "pedigree", "age"];

    [Fact]
    public void Standardising_pima_equals_r_scale_fitted_on_the_same_training_rows()
    {
        // Peer: R 4.2.2 scale() (mean and sample standard deviation), written by Peers/scale_standardise.R beside this test.
        AssertMatchesPeer(ScaleMethod.Standardise, "pima-standardised-r.csv");
    }

    [Fact]
    public void Min_max_scaling_pima_equals_scikit_learns_min_max_scaler_fitted_on_the_same_training_rows()
    {
        // Peer: scikit-learn 1.2.1 MinMaxScaler, written by Peers/scale_min_max.py beside this test.
        AssertMatchesPeer(ScaleMethod.MinMax, "pima-min-max-sklearn.csv");
    }

    private static void AssertMatchesPeer(ScaleMethod method, string fixture)
    {
        var peer = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Data", "Preparation", "Peers", fixture))
            .Skip(2)
            .Select(line => line.Split(','))
            .Select(f => (Row: long.Parse(f[0], CultureInfo.InvariantCulture), Column: f[1], Value: double.Parse(f[2], CultureInfo.InvariantCulture)))
            .ToArray();
        var recipe = new PreparationRecipe
        {
            Steps = [new DeclareMissing { Columns = Measured, Values = [0] }, new Scale { Columns = Columns, Method = method }],
        };
        var pima = Pima();

        var result = recipe.Fit(pima.Head(500)).Apply(pima);

        var observed = Columns.Sum(c => result.Data[c].Length - result.Data[c].NullCount);
        Assert.Equal(observed, peer.Length);
        Assert.All(peer, cell =>
        {
            var actual = Convert.ToDouble(result.Data[cell.Column][cell.Row], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(actual - cell.Value) <= 1e-13 * Math.Max(1, Math.Abs(cell.Value)), $"{cell.Column}[{cell.Row}]: {actual:R} vs {cell.Value:R}");
        });
    }
}
