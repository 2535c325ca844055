using System.Globalization;

namespace MedTwin.Learning.NeuralNetworks;

/// <summary>
/// A multi-layer perceptron for tabular data, trained by mini-batch Adam or momentum SGD following scikit-learn's
/// <c>MLPClassifier</c>/<c>MLPRegressor</c> (1.2): Glorot-uniform initial weights, log-loss with a logistic output for
/// classification and ½·squared error with a linear output for regression, an α/(2n)·‖W‖² penalty per mini-batch of n
/// rows, and scikit-learn's stopping rule. Written here because ML.NET has no trainer for a tabular MLP. Features are
/// expected standardised (a preparation recipe's <c>Scale</c> step does it); unscaled features slow or stall training.
/// Training is single-threaded and uses one random stream from the seed (initial weights, then the early-stopping split,
/// then each epoch's shuffle), so the same data and seed give bit-identical weights.
/// </summary>
/// <example>
/// <code>
/// var trainer = new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options { HiddenLayers = [16, 8] });
/// var model = trainer.Fit(data, seed: 42);
/// </code>
/// </example>
public sealed class MultilayerPerceptronTrainer : ITrainer
{
    private const string Operation = "multilayer perceptron: training";
    private readonly Options options;

    /// <summary>Creates the trainer; <paramref name="options"/> defaults to scikit-learn's defaults.</summary>
    /// <exception cref="ArgumentException">An option is out of range or not a finite number; the message names it.</exception>
    public MultilayerPerceptronTrainer(Options? options = null)
    {
        this.options = options ?? new Options();
        this.options.Validate();
    }

    /// <inheritdoc />
    public string Name =>
        string.Create(CultureInfo.InvariantCulture, $"multilayer perceptron ({string.Join("-", options.HiddenLayers)}, {Text(options.Activation)}, {Text(options.Optimiser)})");

    /// <inheritdoc />
    public IReadOnlyList<LearningTask> Tasks { get; } = [LearningTask.BinaryClassification, LearningTask.Regression];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => options.ToText();

    /// <inheritdoc />
    /// <exception cref="LearningException">The data are empty, hold one class only, or training diverged.</exception>
    public ITrainedModel Fit(LearningData data, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.RequireTrainable(Operation);
        var random = new Random(seed);
        var network = Network.GlorotUniform(data.FeatureCount, options.HiddenLayers, options.Activation, data.Task == LearningTask.BinaryClassification, random);
        var (training, validation) = options.EarlyStopping
            ? ValidationSplit.Draw(data, options.ValidationFraction, random, Operation)
            : ([.. Enumerable.Range(0, data.RowCount)], []);
        var backpropagation = new Backpropagation(network);
        IReadOnlyList<double[]> parameters = [.. network.Weights, .. network.Biases];
        IReadOnlyList<double[]> gradients = [.. backpropagation.WeightGradients, .. backpropagation.BiasGradients];
        IWeightUpdate update = options.Optimiser == Optimiser.Adam
            ? new AdamUpdate(options.LearningRate, options.Beta1, options.Beta2, options.Epsilon, parameters)
            : new MomentumUpdate(options.LearningRate, options.Momentum, options.Nesterov, parameters);
        var monitor = new ConvergenceMonitor(options.Tolerance, options.Patience);
        var batchSize = Math.Min(options.BatchSize, training.Length);
        var lossCurve = new List<double>();
        while (lossCurve.Count < options.MaxEpochs && !monitor.ShouldStop)
        {
            if (options.Shuffle)
            {
                Shuffle.InPlace(training, random);
            }

            var accumulated = 0.0;
            for (var start = 0; start < training.Length; start += batchSize)
            {
                var batch = training.AsSpan(start, Math.Min(batchSize, training.Length - start));
                accumulated += backpropagation.Run(data, batch, options.L2Penalty) * batch.Length;
                update.Apply(parameters, gradients);
            }

            var loss = accumulated / training.Length;
            if (!double.IsFinite(loss))
            {
                throw new LearningException(
                    Operation,
                    string.Create(CultureInfo.InvariantCulture, $"the training loss became {loss} in epoch {lossCurve.Count + 1}; lower the learning rate or standardise the features"));
            }

            lossCurve.Add(loss);
            if (options.EarlyStopping)
            {
                monitor.AfterValidation(network, data, validation);
            }
            else
            {
                monitor.AfterTrainingLoss(loss);
            }
        }

        return new MultilayerPerceptronModel(Name, data.Task, data.FeatureNames, monitor.Best ?? network, lossCurve);
    }

    private static string Text(Enum value) => value.ToString().ToLowerInvariant();

    /// <summary>The perceptron's hyperparameters; each default is scikit-learn's.</summary>
    public sealed record Options
    {
        /// <summary>Units in each hidden layer, input side first (scikit-learn's <c>hidden_layer_sizes</c>).</summary>
        public IReadOnlyList<int> HiddenLayers { get; init; } = [100];

        /// <summary>The hidden units' activation.</summary>
        public Activation Activation { get; init; } = Activation.Relu;

        /// <summary>The weight update rule (<c>solver</c>).</summary>
        public Optimiser Optimiser { get; init; } = Optimiser.Adam;

        /// <summary>The step size η, constant for SGD and Adam's base step (<c>learning_rate_init</c>).</summary>
        public double LearningRate { get; init; } = 0.001;

        /// <summary>The L2 penalty α on the weights, not the biases (<c>alpha</c>).</summary>
        public double L2Penalty { get; init; } = 0.0001;

        /// <summary>Rows per mini-batch; a larger value than the training rows means one batch of all of them.</summary>
        public int BatchSize { get; init; } = 200;

        /// <summary>The most passes over the training rows (<c>max_iter</c>).</summary>
        public int MaxEpochs { get; init; } = 200;

        /// <summary>Whether the training rows are shuffled, with the seed, before each epoch.</summary>
        public bool Shuffle { get; init; } = true;

        /// <summary>Adam's decay of the first-moment estimate (<c>beta_1</c>).</summary>
        public double Beta1 { get; init; } = 0.9;

        /// <summary>Adam's decay of the second-moment estimate (<c>beta_2</c>).</summary>
        public double Beta2 { get; init; } = 0.999;

        /// <summary>Adam's guard against division by zero (<c>epsilon</c>).</summary>
        public double Epsilon { get; init; } = 1e-8;

        /// <summary>SGD's momentum μ (<c>momentum</c>).</summary>
        public double Momentum { get; init; } = 0.9;

        /// <summary>Whether SGD uses Nesterov's momentum (<c>nesterovs_momentum</c>).</summary>
        public bool Nesterov { get; init; } = true;

        /// <summary>
        /// Whether to hold out <see cref="ValidationFraction"/> of the rows (stratified for classification, drawn with the
        /// seed) and stop on their score, keeping the best network; otherwise training stops on the training loss.
        /// </summary>
        public bool EarlyStopping { get; init; }

        /// <summary>The share of rows held out for early stopping.</summary>
        public double ValidationFraction { get; init; } = 0.1;

        /// <summary>Stop after more than this many epochs in a row without improvement by <see cref="Tolerance"/> (<c>n_iter_no_change</c>).</summary>
        public int Patience { get; init; } = 10;

        /// <summary>The least change in loss or validation score that counts as an improvement (<c>tol</c>).</summary>
        public double Tolerance { get; init; } = 0.0001;

        internal void Validate()
        {
            ArgumentNullException.ThrowIfNull(HiddenLayers, nameof(HiddenLayers));
            if (HiddenLayers.Count == 0 || HiddenLayers.Any(size => size <= 0))
            {
                throw new ArgumentException(
                    $"{nameof(HiddenLayers)} must list at least one layer, each of one unit or more; found [{string.Join(", ", HiddenLayers)}].", nameof(HiddenLayers));
            }

            Require(Enum.IsDefined(Activation), nameof(Activation), "a defined activation", Activation);
            Require(Enum.IsDefined(Optimiser), nameof(Optimiser), "a defined optimiser", Optimiser);
            Require(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), "a finite number above 0", LearningRate);
            Require(L2Penalty >= 0 && double.IsFinite(L2Penalty), nameof(L2Penalty), "a finite number of 0 or more", L2Penalty);
            Require(BatchSize > 0, nameof(BatchSize), "1 or more", BatchSize);
            Require(MaxEpochs > 0, nameof(MaxEpochs), "1 or more", MaxEpochs);
            Require(Beta1 is >= 0 and < 1, nameof(Beta1), "a number in [0, 1)", Beta1);
            Require(Beta2 is >= 0 and < 1, nameof(Beta2), "a number in [0, 1)", Beta2);
            Require(Epsilon > 0 && double.IsFinite(Epsilon), nameof(Epsilon), "a finite number above 0", Epsilon);
            Require(Momentum is >= 0 and <= 1, nameof(Momentum), "a number in [0, 1]", Momentum);
            Require(ValidationFraction is > 0 and < 1, nameof(ValidationFraction), "a number in (0, 1)", ValidationFraction);
            Require(Patience > 0, nameof(Patience), "1 or more", Patience);
            Require(Tolerance >= 0 && double.IsFinite(Tolerance), nameof(Tolerance), "a finite number of 0 or more", Tolerance);
        }

        internal IReadOnlyDictionary<string, string> ToText()
        {
            var text = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["hidden layers"] = string.Join(", ", HiddenLayers.Select(size => size.ToString(CultureInfo.InvariantCulture))),
                ["activation"] = Text(Activation),
                ["optimiser"] = Text(Optimiser),
                ["learning rate"] = Number(LearningRate),
                ["L2 penalty"] = Number(L2Penalty),
                ["batch size"] = Number(BatchSize),
                ["max epochs"] = Number(MaxEpochs),
                ["shuffle"] = Shuffle ? "yes" : "no",
            };
            if (Optimiser == Optimiser.Adam)
            {
                (text["beta1"], text["beta2"], text["epsilon"]) = (Number(Beta1), Number(Beta2), Number(Epsilon));
            }
            else
            {
                (text["momentum"], text["nesterov"]) = (Number(Momentum), Nesterov ? "yes" : "no");
            }

            text["early stopping"] = EarlyStopping ? $"yes, validation fraction {Number(ValidationFraction)}" : "no";
            (text["patience"], text["tolerance"]) = (Number(Patience), Number(Tolerance));
            return text;
        }

        private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

        private static void Require(bool valid, string name, string expected, object found)
        {
            if (!valid)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be {expected}; found {found}."), name);
            }
        }
    }
}
