using MedTwin.Data.Preparation;
using Microsoft.Data.Analysis;

namespace MedTwin.Learning.Validation;

/// <summary>
/// Fits a trainer on one fold: the recipe is fitted on the training rows alone and applied to both sides, so nothing
/// learnt (a mean, a scale, a level list) comes from the held-out rows.
/// </summary>
internal static class FoldFit
{
    public static (ITrainedModel Model, FittedRecipe? Recipe, double[] Labels, double[] Predictions) Run(
        ITrainer trainer, ValidationSetup setup, IReadOnlyList<int> trainingRows, IReadOnlyList<int> testRows, int seed)
    {
        var training = Rows(setup.Frame, trainingRows);
        var test = Rows(setup.Frame, testRows);
        FittedRecipe? recipe = null;
        if (setup.Recipe is not null)
        {
            recipe = setup.Recipe.Fit(training, setup.Units);
            training = recipe.Apply(training).Data;
            test = recipe.Apply(test).Data;
            if (test.Rows.Count != testRows.Count)
            {
                throw new LearningException(
                    $"{trainer.Name}: validation",
                    $"the recipe removed {testRows.Count - test.Rows.Count} of {testRows.Count} held-out rows; inside validation a recipe must keep every row it is applied to, so each has a prediction");
            }
        }

        var trainingData = LearningData.FromFrame(training, setup.Label, setup.Task, setup.Features, setup.PositiveClass);
        var testData = LearningData.FromFrame(test, setup.Label, setup.Task, trainingData.FeatureNames, setup.PositiveClass);
        var model = trainer.Fit(trainingData, seed);
        return (model, recipe, [.. testData.Labels], model.Predict(testData));
    }

    public static DataFrame Rows(DataFrame frame, IReadOnlyList<int> rows)
    {
        var map = new Int64DataFrameColumn("rows", rows.Select(r => (long)r));
        return new DataFrame(frame.Columns.Select(c => c.Clone(map)));
    }
}
