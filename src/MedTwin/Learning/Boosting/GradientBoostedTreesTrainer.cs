using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace MedTwin.Learning.Boosting;

/// <summary>
/// Gradient-boosted regression trees through ML.NET (FastTree, or LightGBM), for binary classification and regression.
/// Determinism: the ML.NET context is created with the seed, training runs on one thread, FastTree grows every tree on
/// all rows and features (no bagging or feature sampling), and LightGBM runs with its seed, <c>deterministic</c> and
/// column-wise histograms. The model is saved through ML.NET's own format, so it predicts exactly as trained.
/// </summary>
/// <example>
/// <code>
/// var trainer = new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options { NumberOfTrees = 200, LearningRate = 0.05 });
/// var model = trainer.Fit(data, seed: 42);
/// </code>
/// </example>
public sealed class GradientBoostedTreesTrainer : ITrainer
{
    private readonly Options options;

    /// <summary>Creates the trainer; <paramref name="options"/> defaults to ML.NET's FastTree defaults.</summary>
    /// <exception cref="ArgumentException">An option is out of range or not a finite number; the message names it.</exception>
    public GradientBoostedTreesTrainer(Options? options = null)
    {
        this.options = options ?? new Options();
        this.options.Validate();
    }

    /// <inheritdoc />
    public string Name => string.Create(
        CultureInfo.InvariantCulture,
        $"gradient-boosted trees ({(options.Library == BoostingLibrary.FastTree ? "FastTree" : "LightGBM")}, {options.NumberOfTrees} trees of {options.NumberOfLeaves} leaves)");

    /// <inheritdoc />
    public IReadOnlyList<LearningTask> Tasks { get; } = [LearningTask.BinaryClassification, LearningTask.Regression];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["library"] = options.Library == BoostingLibrary.FastTree ? "ML.NET FastTree 5.0.1" : "ML.NET LightGBM 5.0.1",
        ["trees"] = options.NumberOfTrees.ToString(CultureInfo.InvariantCulture),
        ["leaves"] = options.NumberOfLeaves.ToString(CultureInfo.InvariantCulture),
        ["learning rate"] = options.LearningRate.ToString(CultureInfo.InvariantCulture),
        ["minimum examples per leaf"] = options.MinimumExamplesPerLeaf.ToString(CultureInfo.InvariantCulture),
    };

    private string Operation => $"{Name}: training";

    /// <inheritdoc />
    /// <exception cref="LearningException">The data are empty, hold one class only, or ML.NET refuses them.</exception>
    public ITrainedModel Fit(LearningData data, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.RequireTrainable(Operation);
        var context = new MLContext(seed);
        var rows = MachineLearningRows.Training(context, data);
        try
        {
            ITransformer transformer = data.Task == LearningTask.BinaryClassification ? Classifier(context, seed).Fit(rows) : Regression(context, seed).Fit(rows);
            using var zip = new MemoryStream();
            context.Model.Save(transformer, rows.Schema, zip);

            // The model predicts from the saved bytes, so a fitted and a loaded model run the very same ensemble.
            return new GradientBoostedTreesModel(Name, data.Task, data.FeatureNames, FixedTimeZip.Rewrite(zip.ToArray()));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            throw new LearningException(Operation, e.Message);
        }
    }

    private IEstimator<ITransformer> Classifier(MLContext context, int seed) => options.Library == BoostingLibrary.FastTree
        ? context.BinaryClassification.Trainers.FastTree(Configure(new FastTreeBinaryTrainer.Options(), seed))
        : context.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            LabelColumnName = MachineLearningRows.Label,
            FeatureColumnName = MachineLearningRows.Features,
            NumberOfThreads = options.NumberOfThreads,
            Seed = seed,
            Deterministic = true,
            ForceColumnWise = true,
            Silent = true,
        });

    private IEstimator<ITransformer> Regression(MLContext context, int seed) => options.Library == BoostingLibrary.FastTree
        ? context.Regression.Trainers.FastTree(Configure(new FastTreeRegressionTrainer.Options(), seed))
        : context.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfIterations = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            LabelColumnName = MachineLearningRows.Label,
            FeatureColumnName = MachineLearningRows.Features,
            NumberOfThreads = options.NumberOfThreads,
            Seed = seed,
            Deterministic = true,
            ForceColumnWise = true,
            Silent = true,
        });

    private T Configure<T>(T tree, int seed)
        where T : BoostedTreeOptions
    {
        (tree.NumberOfTrees, tree.NumberOfLeaves, tree.LearningRate, tree.MinimumExampleCountPerLeaf) =
            (options.NumberOfTrees, options.NumberOfLeaves, options.LearningRate, options.MinimumExamplesPerLeaf);
        (tree.LabelColumnName, tree.FeatureColumnName) = (MachineLearningRows.Label, MachineLearningRows.Features);
        (tree.NumberOfThreads, tree.Seed, tree.FeatureSelectionSeed) = (options.NumberOfThreads, seed, seed);
        (tree.FeatureFraction, tree.BaggingSize) = (1, 0);
        return tree;
    }

    /// <summary>The ensemble's hyperparameters; each default is ML.NET FastTree's.</summary>
    public sealed record Options
    {
        /// <summary>Which implementation grows the trees.</summary>
        public BoostingLibrary Library { get; init; } = BoostingLibrary.FastTree;

        /// <summary>How many trees (boosting rounds).</summary>
        public int NumberOfTrees { get; init; } = 100;

        /// <summary>The most leaves a tree may have.</summary>
        public int NumberOfLeaves { get; init; } = 20;

        /// <summary>The shrinkage applied to each tree's contribution.</summary>
        public double LearningRate { get; init; } = 0.2;

        /// <summary>The fewest training rows a leaf may hold.</summary>
        public int MinimumExamplesPerLeaf { get; init; } = 10;

        /// <summary>Training threads: 1 unless a test proves another count gives the same model.</summary>
        internal int? NumberOfThreads { get; init; } = 1;

        internal void Validate()
        {
            Require(Enum.IsDefined(Library), nameof(Library), "a defined library", Library);
            Require(NumberOfTrees > 0, nameof(NumberOfTrees), "1 or more", NumberOfTrees);
            Require(NumberOfLeaves >= 2, nameof(NumberOfLeaves), "2 or more", NumberOfLeaves);
            Require(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), "a finite number above 0", LearningRate);
            Require(MinimumExamplesPerLeaf > 0, nameof(MinimumExamplesPerLeaf), "1 or more", MinimumExamplesPerLeaf);
        }

        private static void Require(bool valid, string name, string expected, object found)
        {
            if (!valid)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be {expected}; found {found}."), name);
            }
        }
    }
}
