using System.Globalization;

namespace MedTwin.Learning.Trees;

/// <summary>
/// A single CART decision tree (Breiman et al., 1984), grown as scikit-learn's <c>DecisionTreeClassifier</c> and
/// <c>DecisionTreeRegressor</c> grow it: binary splits at midpoints between sorted distinct values, Gini or entropy for
/// classification, squared error for regression. Written here because ML.NET trains tree ensembles only (FastTree,
/// LightGBM), not a single readable tree. Growing involves no random choice: the seed is accepted and not used.
/// </summary>
public sealed class DecisionTreeTrainer : ITrainer
{
    private const string Operation = "decision tree: training";
    private readonly Options options;

    /// <summary>Creates a trainer; without options, a fully grown Gini tree as scikit-learn's defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public DecisionTreeTrainer(Options? options = null)
    {
        this.options = (options ?? new Options()).Validated();
    }

    /// <summary>The trainer as a classification tree; a regression tree's model names squared error as its criterion.</summary>
    public string Name => Describe(CriterionName(options.Criterion));

    /// <inheritdoc />
    public IReadOnlyList<LearningTask> Tasks { get; } = [LearningTask.BinaryClassification, LearningTask.Regression];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["criterion"] = $"{CriterionName(options.Criterion)} (classification), squared error (regression)",
        ["max_depth"] = options.MaxDepth is { } depth ? depth.ToString(CultureInfo.InvariantCulture) : "none",
        ["min_samples_split"] = options.MinSamplesSplit.ToString(CultureInfo.InvariantCulture),
        ["min_samples_leaf"] = options.MinSamplesLeaf.ToString(CultureInfo.InvariantCulture),
        ["min_impurity_decrease"] = options.MinImpurityDecrease.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public ITrainedModel Fit(LearningData data, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.RequireTrainable(Operation);
        RequireVaryingFeatures(data);
        var root = new TreeGrower(data, options).Grow();
        var trainerName = data.Task == LearningTask.Regression ? Describe("squared error") : Name;
        return new DecisionTreeModel(trainerName, data.Task, data.FeatureNames, data.LabelName, root);
    }

    private static void RequireVaryingFeatures(LearningData data)
    {
        for (var row = 1; row < data.RowCount; row++)
        {
            if (!data.Row(row).SequenceEqual(data.Row(0)))
            {
                return;
            }
        }

        throw new LearningException(Operation, $"all {data.RowCount} rows have the same features, so no split is possible");
    }

    private string Describe(string criterion) =>
        $"decision tree (CART, {criterion}, max depth {(options.MaxDepth is { } depth ? depth.ToString(CultureInfo.InvariantCulture) : "none")})";

    private static string CriterionName(SplitCriterion criterion) => criterion == SplitCriterion.Gini ? "Gini" : "entropy";

    /// <summary>The hyperparameters of a decision tree (scikit-learn's names and defaults).</summary>
    public sealed class Options
    {
        /// <summary>The impurity for classification; regression always uses squared error. Default Gini.</summary>
        public SplitCriterion Criterion { get; init; } = SplitCriterion.Gini;

        /// <summary>The deepest a leaf may be (the root is depth 0); null grows until the other limits stop it.</summary>
        public int? MaxDepth { get; init; }

        /// <summary>The fewest rows a node needs to be split (at least 2). Default 2.</summary>
        public int MinSamplesSplit { get; init; } = 2;

        /// <summary>The fewest rows each side of a split must keep (at least 1). Default 1.</summary>
        public int MinSamplesLeaf { get; init; } = 1;

        /// <summary>
        /// The least weighted impurity decrease, (node rows / all rows) × (impurity − weighted child impurities), a
        /// split must bring. Default 0.
        /// </summary>
        public double MinImpurityDecrease { get; init; }

        internal Options Validated()
        {
            if (!Enum.IsDefined(Criterion))
            {
                throw new ArgumentOutOfRangeException(nameof(Criterion), Criterion, "The criterion is Gini or Entropy.");
            }

            if (MaxDepth < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "The maximum depth must be at least 1 (or null for no limit).");
            }

            ArgumentOutOfRangeException.ThrowIfLessThan(MinSamplesSplit, 2, nameof(MinSamplesSplit));
            ArgumentOutOfRangeException.ThrowIfLessThan(MinSamplesLeaf, 1, nameof(MinSamplesLeaf));
            if (!(MinImpurityDecrease >= 0) || double.IsInfinity(MinImpurityDecrease))
            {
                throw new ArgumentOutOfRangeException(nameof(MinImpurityDecrease), MinImpurityDecrease, "The minimum impurity decrease must be a finite number ≥ 0.");
            }

            return this;
        }
    }
}
