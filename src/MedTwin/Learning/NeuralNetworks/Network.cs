namespace MedTwin.Learning.NeuralNetworks;

/// <summary>
/// A fully connected feed-forward network with one output: weights of layer l are a fan-in × fan-out matrix stored row
/// by row (as scikit-learn's <c>coefs_[l]</c>), biases a fan-out vector (<c>intercepts_[l]</c>). Arithmetic is plain
/// scalar loops in a fixed order, so a result does not depend on the processor's vector width.
/// </summary>
internal sealed class Network
{
    public Network(IReadOnlyList<int> layerSizes, Activation activation, bool logisticOutput, double[][] weights, double[][] biases)
    {
        LayerSizes = layerSizes;
        Activation = activation;
        LogisticOutput = logisticOutput;
        Weights = weights;
        Biases = biases;
    }

    /// <summary>Units per layer, inputs first and the single output last.</summary>
    public IReadOnlyList<int> LayerSizes { get; }

    public Activation Activation { get; }

    /// <summary>Whether the output is a probability (logistic) rather than a value (identity).</summary>
    public bool LogisticOutput { get; }

    public double[][] Weights { get; }

    public double[][] Biases { get; }

    public int LayerCount => Weights.Length;

    /// <summary>
    /// Glorot-uniform initialisation as scikit-learn's <c>_init_coef</c>: for each layer in turn, its weights and then
    /// its biases are drawn uniformly from ±√(f / (fan-in + fan-out)), f = 2 for logistic hidden units and 6 otherwise.
    /// </summary>
    public static Network GlorotUniform(int inputs, IReadOnlyList<int> hiddenLayers, Activation activation, bool logisticOutput, Random random)
    {
        int[] sizes = [inputs, .. hiddenLayers, 1];
        var factor = activation == Activation.Logistic ? 2.0 : 6.0;
        var weights = new double[sizes.Length - 1][];
        var biases = new double[sizes.Length - 1][];
        for (var l = 0; l < weights.Length; l++)
        {
            var bound = Math.Sqrt(factor / (sizes[l] + sizes[l + 1]));
            weights[l] = Uniform(sizes[l] * sizes[l + 1], bound, random);
            biases[l] = Uniform(sizes[l + 1], bound, random);
        }

        return new Network(sizes, activation, logisticOutput, weights, biases);
    }

    /// <summary>Buffers for <see cref="Forward"/>: one per layer after the inputs.</summary>
    public double[][] NewActivations() => [.. LayerSizes.Skip(1).Select(size => new double[size])];

    /// <summary>Fills each layer's outputs for one input row; the network's output is <c>activations[^1][0]</c>.</summary>
    public void Forward(ReadOnlySpan<double> input, double[][] activations)
    {
        for (var l = 0; l < LayerCount; l++)
        {
            ReadOnlySpan<double> previous = l == 0 ? input : activations[l - 1];
            var output = activations[l];
            var fanOut = output.Length;
            Biases[l].CopyTo(output, 0);
            for (var i = 0; i < previous.Length; i++)
            {
                var value = previous[i];
                var row = Weights[l].AsSpan(i * fanOut, fanOut);
                for (var j = 0; j < fanOut; j++)
                {
                    output[j] += value * row[j];
                }
            }

            var isOutput = l == LayerCount - 1;
            for (var j = 0; j < fanOut; j++)
            {
                output[j] = isOutput ? (LogisticOutput ? Logistic(output[j]) : output[j]) : Activate(output[j]);
            }
        }
    }

    /// <summary>The output for one row.</summary>
    public double Predict(ReadOnlySpan<double> input)
    {
        var activations = NewActivations();
        Forward(input, activations);
        return activations[^1][0];
    }

    /// <summary>d activation / d z, written in terms of the activation a as scikit-learn's derivatives are.</summary>
    public double Derivative(double a) => Activation switch
    {
        Activation.Relu => a > 0 ? 1 : 0,
        Activation.Tanh => 1 - (a * a),
        _ => a * (1 - a),
    };

    public Network Clone() =>
        new(LayerSizes, Activation, LogisticOutput, [.. Weights.Select(w => (double[])w.Clone())], [.. Biases.Select(b => (double[])b.Clone())]);

    private double Activate(double z) => Activation switch
    {
        Activation.Relu => Math.Max(0, z),
        Activation.Tanh => Math.Tanh(z),
        _ => Logistic(z),
    };

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    private static double[] Uniform(int count, double bound, Random random)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (random.NextDouble() * 2 * bound) - bound;
        }

        return values;
    }
}
