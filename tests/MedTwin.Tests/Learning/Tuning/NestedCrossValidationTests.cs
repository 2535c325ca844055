using MedTwin.Data.Preparation;
using MedTwin.Learning;
using MedTwin.Learning.Metrics;
using MedTwin.Learning.Tuning;
using MedTwin.Learning.Validation;
using MedTwin.Tests.Learning.Support;

namespace MedTwin.Tests.Learning.Tuning;

public sealed class NestedCrossValidationTests
{
    private static ValidationSetup Pima() => new()
    {
        Frame = PeerFiles.Pima(),
        Label = "diabetes",
        Task = LearningTask.BinaryClassification,
        PositiveClass = "pos",
        Features = ["glucose", "mass", "age"],
    };

    private static readonly IReadOnlyList<ParameterSet> Temperatures = new SearchSpace { ["temperature"] = ParameterRange.Values(0.05, 0.5, 5.0) }.Grid();

    private static ITrainer Factory(ParameterSet p) => new NearestCentroidTrainer(p.Number("temperature"));

    [Fact]
    public void A_search_chooses_the_candidate_with_the_lowest_mean_log_loss()
    {
        var setup = Pima();

        var search = HyperparameterSearch.Search(Factory, Temperatures, setup, setup.Folds(5, 1), Metric.LogLoss, seed: 1);

        Assert.Equal(3, search.Candidates.Count);
        Assert.Equal(search.Candidates.Min(c => c.MeanScore), search.Best.MeanScore);
        Assert.Equal(0.5, search.Best.Parameters.Number("temperature"));
    }

    [Fact]
    public void Nested_cross_validation_reports_the_choice_of_every_outer_fold_and_scores_on_the_outer_folds()
    {
        var setup = Pima();
        var outer = setup.Folds(4, seed: 2);
        var options = new TuningOptions { Seed = 2, SelectionMetric = Metric.LogLoss, InnerFolds = 3, BootstrapResamples = 100 };

        var nested = HyperparameterSearch.NestedCrossValidation(Factory, Temperatures, setup, outer, options);

        Assert.Equal(4, nested.Choices.Count);
        Assert.All(nested.Choices, c => Assert.Equal(0.5, c.Search.Best.Parameters.Number("temperature")));
        Assert.Equal(outer, nested.Outer.Folds);
        Assert.Equal(768, nested.Outer.Predictions.Count);
        Assert.Equal(Enumerable.Range(0, 4), nested.Outer.FoldResults.Select(f => f.Fold.Index));
    }

    [Fact]
    public void A_metric_that_is_neither_score_nor_loss_cannot_choose()
    {
        var setup = Pima();
        var error = Assert.Throws<LearningException>(() => HyperparameterSearch.Search(Factory, Temperatures, setup, setup.Folds(3, 1), Metric.CalibrationSlope, 1));
        Assert.Contains("cannot choose", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_without_candidates_is_refused()
    {
        var setup = Pima();
        var error = Assert.Throws<LearningException>(() => HyperparameterSearch.Search(Factory, [], setup, setup.Folds(3, 1), Metric.LogLoss, 1));
        Assert.Contains("no candidates", error.Message, StringComparison.Ordinal);
    }
}
