using System.Globalization;
using MedTwin.Learning;
using MedTwin.Learning.Validation;
using MedTwin.Tests.Learning.Support;

namespace MedTwin.Tests.Learning.Validation;

public sealed class FoldsTests
{
    private static double[] PimaLabels() =>
        [.. Enumerable.Range(0, 768).Select(i => (string)PeerFiles.Pima()["diabetes"][i] == "pos" ? 1.0 : 0.0)];

    // Peer: scikit-learn 1.2.1 StratifiedKFold and KFold (no shuffle) fold sizes per class on Pima, script
    // Learning/Peers/metrics.py, output Peers/stratified_folds.csv. Only the sizes are compared: which rows go to which
    // fold is MedTwin's own seeded shuffle, not NumPy's, so the rows differ.
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void Stratified_fold_sizes_per_class_follow_scikit_learns_rule(int k)
    {
        var labels = PimaLabels();
        var expected = PeerSizes("stratified", k);

        var folds = Folds.StratifiedKFold(labels, k, seed: 42);

        Assert.Equal(expected, folds.Items.Select(f => (f.TestRows.Count(r => labels[r] == 0), f.TestRows.Count(r => labels[r] == 1))).ToArray());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    public void Plain_fold_sizes_follow_scikit_learns_rule(int k)
    {
        var expected = PeerSizes("plain", k).Select(s => s.Negatives + s.Positives).ToArray();

        var folds = Folds.KFold(768, k, seed: 42);

        Assert.Equal(expected, folds.Items.Select(f => f.TestRows.Count).ToArray());
    }

    [Fact]
    public void Every_row_is_held_out_exactly_once_per_repeat_and_never_trained_on_in_its_own_fold()
    {
        var folds = Folds.StratifiedKFold(PimaLabels(), 5, seed: 1, repeats: 3);

        Assert.Equal(15, folds.Items.Count);
        foreach (var repeat in folds.Items.GroupBy(f => f.Repeat))
        {
            Assert.Equal(Enumerable.Range(0, 768), repeat.SelectMany(f => f.TestRows).Order());
        }

        Assert.All(folds.Items, f => Assert.Empty(f.TrainingRows.Intersect(f.TestRows)));
        Assert.All(folds.Items, f => Assert.Equal(768, f.TrainingRows.Count + f.TestRows.Count));
    }

    [Fact]
    public void The_same_seed_gives_the_same_folds_and_another_seed_other_folds()
    {
        Assert.Equal(Folds.KFold(100, 5, seed: 7, repeats: 2), Folds.KFold(100, 5, seed: 7, repeats: 2));
        Assert.NotEqual(Folds.KFold(100, 5, seed: 7), Folds.KFold(100, 5, seed: 8));
    }

    [Fact]
    public void Repeats_shuffle_afresh()
    {
        var folds = Folds.KFold(100, 5, seed: 7, repeats: 2);

        Assert.NotEqual(folds.Items[0].TestRows, folds.Items[5].TestRows);
    }

    [Fact]
    public void A_hold_out_split_rounds_the_test_share_up()
    {
        var split = Folds.HoldOut(10, 0.25, seed: 2);

        Assert.Equal(3, split.Items.Single().TestRows.Count);
        Assert.Equal(7, split.Items.Single().TrainingRows.Count);
    }

    [Theory]
    [InlineData(1, "must be at least 2; found 1")]
    [InlineData(11, "k = 11 exceeds the 10 rows")]
    public void A_k_outside_2_to_the_row_count_is_refused(int k, string message)
    {
        var error = Assert.Throws<LearningException>(() => Folds.KFold(10, k, seed: 1));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_with_fewer_rows_than_folds_is_refused_by_stratification()
    {
        var error = Assert.Throws<LearningException>(() => Folds.StratifiedKFold([1, 1, 0, 0, 0, 0, 0, 0], 3, seed: 1));
        Assert.Contains("class 1 has 2 rows, fewer than the 3 folds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_share_that_empties_a_side_is_refused()
    {
        Assert.Throws<LearningException>(() => Folds.HoldOut(10, 1.0, seed: 1));
        Assert.Throws<LearningException>(() => Folds.HoldOut(10, 0.99, seed: 1));
    }

    private static (int Negatives, int Positives)[] PeerSizes(string kind, int k) =>
        [.. File.ReadAllLines(Path.Combine(PeerFiles.Folder, "stratified_folds.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[0] == kind && f[1] == k.ToString(CultureInfo.InvariantCulture))
            .Select(f => (int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture)))];
}
