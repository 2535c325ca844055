using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace MedTwin.Learning.Linear;

/// <summary>
/// Logistic regression, P(y = 1 | x) = 1 / (1 + e^−(β₀ + Σ βⱼ xⱼ)), fitted by maximum likelihood or with an L2 or L1
/// penalty on the coefficients (never the intercept), in double precision and sequentially; the seed is ignored.
/// The penalised objectives are scikit-learn's: C·Σ log-loss + ½||w||² (L2) or + ||w||₁ (L1), where the log-loss of a
/// row is log(1 + e^η) − yη. A penalty depends on the features' scales: standardise them first if they differ.
/// </summary>
public sealed class LogisticRegressionTrainer : ITrainer
{
    /// <summary>
    /// Iterations stop when the objective (the deviance, when unpenalised) changes by less than this relative amount,
    /// |Δ| / (|objective| + 0.1), R's glm rule with a tighter tolerance than its 1e-8.
    /// </summary>
    public const double Tolerance = 1e-12;

    // R's glm warns of "fitted probabilities numerically 0 or 1" within 10 machine epsilons (2⁻⁵²) of 0 or 1.
    private const double SeparationThreshold = 10 * 2.220446049250313e-16;

    private readonly LogisticPenalty penalty;
    private readonly double c;
    private readonly int maximumIterations;

    /// <summary>Creates the trainer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">C is zero, negative, NaN or infinite for a penalised fit, or MaxIterations is below 1.</exception>
    public LogisticRegressionTrainer(Options? options = null)
    {
        options ??= new Options();
        penalty = options.Penalty;
        c = options.C;
        maximumIterations = options.MaxIterations;
        if (!Enum.IsDefined(penalty))
        {
            throw new ArgumentOutOfRangeException(nameof(options), penalty, $"Unknown penalty {penalty}.");
        }

        if (penalty != LogisticPenalty.None && !(double.IsFinite(c) && c > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), c, $"The inverse penalty strength C must be a positive finite number; found {c.ToString(CultureInfo.InvariantCulture)}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maximumIterations, 1, nameof(options));
    }

    /// <inheritdoc />
    public string Name => penalty == LogisticPenalty.None
        ? "logistic regression (unpenalised)"
        : $"logistic regression ({penalty}, C = {c.ToString(CultureInfo.InvariantCulture)})";

    /// <inheritdoc />
    public IReadOnlyList<LearningTask> Tasks { get; } = [LearningTask.BinaryClassification];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters
    {
        get
        {
            var values = new Dictionary<string, string> { ["penalty"] = penalty.ToString().ToLowerInvariant() };
            if (penalty != LogisticPenalty.None)
            {
                values["C"] = c.ToString(CultureInfo.InvariantCulture);
            }

            values["tolerance"] = Tolerance.ToString(CultureInfo.InvariantCulture);
            values["max iterations"] = maximumIterations.ToString(CultureInfo.InvariantCulture);
            return values;
        }
    }

    /// <summary>Fits the model.</summary>
    /// <exception cref="LearningException">
    /// The data are not for binary classification, have one class only or fewer than 2 rows, or the fit did not converge;
    /// unpenalised, also a constant or collinear feature (named), no more rows than coefficients, or separated classes.
    /// </exception>
    public LogisticRegressionModel Fit(LearningData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var operation = $"{Name}: training";
        if (data.Task != LearningTask.BinaryClassification)
        {
            throw new LearningException(operation, $"the trainer fits {LearningTask.BinaryClassification}; the data are labelled for {data.Task}", data.LabelName);
        }

        data.RequireTrainable(operation);
        var design = Design.WithIntercept(data);
        return penalty switch
        {
            LogisticPenalty.None => FitMaximumLikelihood(data, design, operation),
            LogisticPenalty.L2 => Model(data, NewtonLogisticSolver.Minimise(
                new LogisticObjective(design, data.Labels, c, b => b.Skip(1).Sum(w => w * w) / 2), ridge: 1, Tolerance, maximumIterations, operation), covariance: null),
            _ => Model(data, ProximalNewtonLogisticSolver.Minimise(
                new LogisticObjective(design, data.Labels, c, ProximalNewtonLogisticSolver.L1), Tolerance, maximumIterations, operation), covariance: null),
        };
    }

    /// <inheritdoc />
    ITrainedModel ITrainer.Fit(LearningData data, int seed) => Fit(data);

    private LogisticRegressionModel FitMaximumLikelihood(LearningData data, Matrix<double> design, string operation)
    {
        Design.RequireFullRank(design, data, operation);

        // Twice the summed log-loss is the deviance, so the stopping rule is on the deviance as in R's glm.
        var objective = new LogisticObjective(design, data.Labels, 2, _ => 0);
        var beta = NewtonLogisticSolver.Minimise(objective, ridge: 0, Tolerance, maximumIterations, operation);
        var separated = (design * beta).Select(LinearFunctions.Sigmoid).Count(p => p < SeparationThreshold || p > 1 - SeparationThreshold);
        if (separated > 0)
        {
            throw new LearningException(
                operation,
                $"the classes are (quasi-)perfectly separated: {separated} of {data.RowCount} rows get a fitted probability of 0 or 1, so the maximum-likelihood estimates do not exist; use an L2 penalty or drop the separating feature");
        }

        return Model(data, beta, NewtonLogisticSolver.Covariance(objective, beta));
    }

    private LogisticRegressionModel Model(LearningData data, Vector<double> beta, double[,]? covariance) =>
        new(Name, data.FeatureNames, beta[0], [.. beta.Skip(1)], covariance);

    /// <summary>The trainer's settings.</summary>
    public sealed class Options
    {
        /// <summary>The penalty on the coefficients; <see cref="LogisticPenalty.None"/> (maximum likelihood) by default.</summary>
        public LogisticPenalty Penalty { get; init; } = LogisticPenalty.None;

        /// <summary>
        /// The inverse penalty strength (scikit-learn's C): the summed log-loss is multiplied by C before the penalty
        /// ½||w||² or ||w||₁ is added, so a smaller C shrinks more. Must be positive; ignored when unpenalised.
        /// </summary>
        public double C { get; init; } = 1;

        /// <summary>The most Newton iterations before the fit fails as not converged (100 by default).</summary>
        public int MaxIterations { get; init; } = 100;
    }
}
