using System.Globalization;
using MedTwin.Data.Preparation;
using static MedTwin.Tests.Data.Preparation.Frames;

namespace MedTwin.Tests.Data.Preparation;

public sealed class ImputeNearestNeighboursTests
{
    [Fact]
    public void The_distance_is_scikit_learns_nan_euclidean_on_the_features_both_rows_observe()
    {
        // scikit-learn's documented example: nan_euclidean_distances([[0, 1], [1, nan]]) is sqrt(2 / 1 × (0 − 1)²) = 1.41421356.
        double?[][] first = [[0], [1]];
        double?[][] second = [[1], [null]];

        Assert.Equal(Math.Sqrt(2), Math.Sqrt(ImputeNearestNeighbours.SquaredDistance(first, 0, second, 0)!.Value), 12);

        // Three features, two observed in both: 3 / 2 × ((0 − 2)² + (1 − 3)²) = 12.
        double?[][] a = [[0], [1], [null]];
        double?[][] b = [[2], [3], [5]];
        Assert.Equal(12, ImputeNearestNeighbours.SquaredDistance(a, 0, b, 0));
        Assert.Null(ImputeNearestNeighbours.SquaredDistance([[null]], 0, [[1]], 0));
    }

    [Fact]
    public void Unstandardised_it_fills_pima_exactly_as_scikit_learns_knn_imputer()
    {
        // Peer: scikit-learn 1.2.1 KNNImputer(n_neighbors=5), written by Peers/knn_impute.py beside this test.
        var peer = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Data", "Preparation", "Peers", "pima-knn-imputer-sklearn.csv"))
            .Skip(2)
            .Select(line => line.Split(','))
            .Select(f => (Row: long.Parse(f[0], CultureInfo.InvariantCulture), Column: f[1], Value: double.Parse(f[2], CultureInfo.InvariantCulture)))
            .ToArray();
        string[] measured = ["glucose", "pressure", "triceps", "insulin", "mass"];
        var recipe = new PreparationRecipe
        {
            Steps =
            [
                new DeclareMissing { Columns = measured, Values = [0] },
                new ImputeNearestNeighbours
                {
                    Columns = measured,
                    Features = ["pregnant", "glucose", "pressure", "triceps", "insulin", "mass", "pedigree", "age"],
                    K = 5,
                    StandardiseFeatures = false,
                },
            ],
        };

        var result = recipe.Apply(Pima());

        Assert.Equal(652, peer.Length);
        Assert.Equal(peer.Length, result.Report[2].CellsChanged);
        Assert.All(peer, cell => Assert.Equal(cell.Value, Convert.ToDouble(result.Data[cell.Column][cell.Row], CultureInfo.InvariantCulture), 1e-12));
    }

    /// <summary>
    /// a = 0, 100, 200 (mean 100, sd 100) and b = 0, 1, 2 (mean 1, sd 1) standardise to (−1, −1), (0, 0), (1, 1). The row
    /// (a 40, b 2) standardises to (−0.6, 1): squared distances 0.16 + 4 = 4.16, 0.36 + 1 = 1.36 and 2.56 + 0 = 2.56, so
    /// the nearest row is the second (t = 2) and the two nearest are the second and third (t = (2 + 3) / 2 = 2.5).
    /// Unstandardised, the first row would be nearest (40² + 2² = 1604).
    /// </summary>
    [Theory]
    [InlineData(1, 2.0)]
    [InlineData(2, 2.5)]
    [InlineData(5, 2.0)]
    public void Missing_values_are_the_mean_of_the_k_nearest_training_rows_on_standardised_features(int k, double expected)
    {
        var training = Of(Numbers("a", 0, 100, 200), Numbers("b", 0, 1, 2), Numbers("t", 1, 2, 3));
        var heldOut = Of(Numbers("a", 40), Numbers("b", 2), Numbers("t", [null]));
        var step = new ImputeNearestNeighbours { Columns = ["t"], Features = ["a", "b"], K = k };

        var result = step.Fit(training).Apply(heldOut);

        Assert.Equal(expected, (double)result.Data["t"][0]!, 12);
        Assert.Equal([new CellChange(1, 0, "t", null, result.Report.Changes[0].After)], result.Report.Changes);
    }

    [Fact]
    public void Training_rows_without_the_value_are_not_neighbours_and_ties_go_to_the_earlier_row()
    {
        var frame = Of(Numbers("x", 5, 5, 5, 5), Numbers("y", 1, 10, 20, null));

        var result = Run(new ImputeNearestNeighbours { Columns = ["y"], Features = ["x", "y"], K = 1 }, frame);

        Assert.Equal(1.0, result.Data["y"][3]);
    }

    [Fact]
    public void Several_columns_are_each_imputed_from_the_rows_nearest_on_the_row_s_observed_features()
    {
        // Row 2 misses x and y; z alone (1, nearer 0 than 10) picks the first row for both.
        var frame = Of(Numbers("x", 1, 3, null), Numbers("y", 10, 30, null), Numbers("z", 0, 10, 1));

        var result = Run(new ImputeNearestNeighbours { Columns = ["x", "y"], Features = ["x", "y", "z"], K = 1 }, frame);

        Assert.Equal([1.0, 3.0, 1.0], Values(result.Data, "x"));
        Assert.Equal([10.0, 30.0, 10.0], Values(result.Data, "y"));
    }

    [Fact]
    public void A_row_sharing_no_observed_feature_with_any_training_row_is_an_error_naming_column_and_row()
    {
        var frame = Of(Numbers("x", 1, 2, null), Numbers("y", 1, 2, null));

        var error = Fails(new ImputeNearestNeighbours { Columns = ["x"], Features = ["y"], K = 1 }, frame, "x", row: 2);

        Assert.Contains("shares an observed feature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void K_below_one_is_an_error()
    {
        Fails(new ImputeNearestNeighbours { Columns = ["x"], K = 0 }, Of(Numbers("x", 1)), null);
    }
}
