using MedTwin.Data.Preparation;
using MedTwin.Data.Snapshots;
using MedTwin.Learning;
using MedTwin.Learning.Validation;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>
/// The two data sets of the comparison: Pima with its pinned cleaning recipe then standardisation of its 8 features,
/// and WDBC with standardisation of its 30 features. The recipe is fitted inside each fold.
/// </summary>
internal static class ComparisonDataSets
{
    /// <summary>Opens Pima and WDBC from the catalogue; the Pima recipe is the one pinned beside the notebooks.</summary>
    public static IReadOnlyList<ComparisonDataSet> Open(SnapshotCatalog catalog)
    {
        var repository = Path.GetDirectoryName(catalog.RootDirectory)
            ?? throw new DirectoryNotFoundException($"The data folder '{catalog.RootDirectory}' has no parent folder holding the notebooks.");
        var pimaCleaning = PreparationRecipe.FromJson(File.ReadAllText(Path.Combine(repository, "notebooks", "recipes", "pima-cleaning.json")));
        return
        [
            Prepared("pima", catalog.Open("pima-diabetes", 1), pimaCleaning.Steps, separable: false),
            Prepared("wdbc", catalog.Open("wdbc-breast-cancer", 1), [], separable: true),
        ];
    }

    private static ComparisonDataSet Prepared(string name, Snapshot snapshot, IReadOnlyList<PreparationStep> cleaning, bool separable)
    {
        var outcome = SnapshotOutcome.Of(snapshot.Manifest);
        var recipe = new PreparationRecipe
        {
            Name = $"{name}: {(cleaning.Count > 0 ? "cleaning, then " : string.Empty)}standardisation",
            Steps = [.. cleaning, new Scale { Columns = outcome.Features, Method = ScaleMethod.Standardise }],
        };
        var setup = new ValidationSetup
        {
            Frame = snapshot.Data,
            Label = outcome.Label,
            PositiveClass = outcome.PositiveClass,
            Task = LearningTask.BinaryClassification,
            Features = outcome.Features,
            Recipe = recipe,
            Units = snapshot.Units,
        };
        return new ComparisonDataSet(name, snapshot, setup, separable);
    }
}
