using System.Globalization;

namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>
/// A support vector classifier (C-SVC) with a linear or RBF kernel, solved by our SMO port of libsvm (what scikit-learn's
/// <c>SVC</c> runs), with probabilities from Platt scaling fitted on seeded cross-validated decision values as libsvm does.
/// ML.NET has no kernel SVM. Its <c>LinearSvmTrainer</c> is not used for the linear kernel either: it runs Pegasos
/// (stochastic sub-gradient steps for a fixed number of passes), which neither solves the C-SVC dual to a stated
/// tolerance nor matches libsvm's answer; one solver for both kernels keeps the two comparable and exactly reproducible.
/// </summary>
public sealed class SupportVectorMachineTrainer : ITrainer
{
    private const string Operation = "support vector machine: training";
    private readonly Options options;

    /// <summary>Creates a trainer; without options, an RBF kernel with C = 1 and γ = scale, as scikit-learn's defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    /// <exception cref="ArgumentNullException">Gamma is null.</exception>
    public SupportVectorMachineTrainer(Options? options = null)
    {
        this.options = (options ?? new Options()).Validated();
    }

    /// <inheritdoc />
    public string Name => options.Kernel == SvmKernel.Linear
        ? string.Create(CultureInfo.InvariantCulture, $"support vector machine (linear kernel, C = {options.C:R})")
        : string.Create(CultureInfo.InvariantCulture, $"support vector machine (RBF kernel, C = {options.C:R}, γ = {options.Gamma})");

    /// <inheritdoc />
    public IReadOnlyList<LearningTask> Tasks { get; } = [LearningTask.BinaryClassification];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters
    {
        get
        {
            var values = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["kernel"] = options.Kernel == SvmKernel.Linear ? "linear" : "rbf",
                ["C"] = options.C.ToString("R", CultureInfo.InvariantCulture),
                ["tolerance"] = options.Tolerance.ToString("R", CultureInfo.InvariantCulture),
                ["max_iterations"] = options.MaxIterations.ToString(CultureInfo.InvariantCulture),
                ["probability_folds"] = options.ProbabilityFolds.ToString(CultureInfo.InvariantCulture),
            };
            if (options.Kernel == SvmKernel.Rbf)
            {
                values["gamma"] = options.Gamma.ToString();
            }

            return values;
        }
    }

    /// <inheritdoc />
    /// <remarks>The seed orders the rows into the cross-validation folds on which Platt's sigmoid is fitted.</remarks>
    public ITrainedModel Fit(LearningData data, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Task != LearningTask.BinaryClassification)
        {
            throw new LearningException(Operation, $"a support vector classifier needs a two-class label; the data are labelled for {data.Task}", data.LabelName);
        }

        data.RequireTrainable(Operation, minimumRows: options.ProbabilityFolds);
        RequireVaryingFeatures(data);
        var kernel = new KernelFunction(options.Kernel, options.Kernel == SvmKernel.Rbf ? options.Gamma.Resolve(data, Operation) : 0);
        var rows = Enumerable.Range(0, data.RowCount).Select(i => data.Row(i).ToArray()).ToArray();
        var labels = data.Labels.ToArray();
        var expansion = Solve(rows, labels, kernel);
        var (a, b) = PlattScaling.Fit(CrossValidatedDecisions(rows, labels, kernel, seed), labels);
        return new SupportVectorMachineModel(Name, data.FeatureNames, expansion, a, b);
    }

    private KernelExpansion Solve(double[][] rows, double[] labels, KernelFunction kernel)
    {
        // libsvm, as scikit-learn calls it, codes the first class (0) as +1; so does this solver, so that it picks the
        // same working sets. The coefficients are then negated so that a positive decision value means class 1.
        var signs = labels.Select(label => label == 0 ? (sbyte)1 : (sbyte)-1).ToArray();
        var solution = SmoSolver.Solve(rows, signs, kernel, options.C, options.Tolerance, options.MaxIterations, Operation);
        var support = Enumerable.Range(0, rows.Length).Where(i => solution.Alpha[i] > 0).ToArray();
        return new KernelExpansion(
            kernel,
            [.. support.Select(i => rows[i])],
            [.. support.Select(i => -signs[i] * solution.Alpha[i])],
            solution.Rho);
    }

    /// <summary>
    /// Each row's decision value from a model fitted without its fold, as libsvm's <c>svm_binary_svc_probability</c>:
    /// the rows are shuffled (Fisher–Yates, seeded) and cut into consecutive folds; a fold whose complement holds one
    /// class only gets decision value ±1 for that class.
    /// </summary>
    private double[] CrossValidatedDecisions(double[][] rows, double[] labels, KernelFunction kernel, int seed)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, rows.Length).ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var decisions = new double[rows.Length];
        for (var fold = 0; fold < options.ProbabilityFolds; fold++)
        {
            var begin = fold * rows.Length / options.ProbabilityFolds;
            var end = (fold + 1) * rows.Length / options.ProbabilityFolds;
            var training = order[..begin].Concat(order[end..]).ToArray();
            var trainingLabels = training.Select(i => labels[i]).ToArray();
            var positives = trainingLabels.Count(label => label == 1);
            var foldModel = positives > 0 && positives < training.Length ? Solve([.. training.Select(i => rows[i])], trainingLabels, kernel) : null;
            foreach (var row in order[begin..end])
            {
                decisions[row] = foldModel?.Decision(rows[row]) ?? (positives > 0 ? 1 : -1);
            }
        }

        return decisions;
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

        throw new LearningException(Operation, $"all {data.RowCount} rows have the same features, so the classes cannot be separated");
    }

    /// <summary>The hyperparameters of a support vector classifier (scikit-learn's <c>SVC</c> defaults).</summary>
    public sealed class Options
    {
        /// <summary>The kernel. Default RBF.</summary>
        public SvmKernel Kernel { get; init; } = SvmKernel.Rbf;

        /// <summary>The penalty on margin violations, the upper bound of every αᵢ (above 0). Default 1.</summary>
        public double C { get; init; } = 1;

        /// <summary>The RBF kernel's γ (ignored by the linear kernel). Default <see cref="SvmGamma.Scale"/>.</summary>
        public SvmGamma Gamma { get; init; } = SvmGamma.Scale;

        /// <summary>The solver stops when the largest violation of the optimality (KKT) conditions is below this. Default 1e-3.</summary>
        public double Tolerance { get; init; } = 1e-3;

        /// <summary>The most SMO steps before training fails with a <see cref="LearningException"/>. Default 10,000,000 (libsvm's).</summary>
        public int MaxIterations { get; init; } = 10_000_000;

        /// <summary>The cross-validation folds whose held-out decision values Platt's sigmoid is fitted on (at least 2). Default 5.</summary>
        public int ProbabilityFolds { get; init; } = 5;

        internal Options Validated()
        {
            if (!Enum.IsDefined(Kernel))
            {
                throw new ArgumentOutOfRangeException(nameof(Kernel), Kernel, "The kernel is Linear or Rbf.");
            }

            if (!(C > 0) || double.IsInfinity(C))
            {
                throw new ArgumentOutOfRangeException(nameof(C), C, "C must be a finite number above 0.");
            }

            ArgumentNullException.ThrowIfNull(Gamma);
            if (!(Tolerance > 0) || double.IsInfinity(Tolerance))
            {
                throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The tolerance must be a finite number above 0.");
            }

            ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
            ArgumentOutOfRangeException.ThrowIfLessThan(ProbabilityFolds, 2, nameof(ProbabilityFolds));
            return this;
        }
    }
}
