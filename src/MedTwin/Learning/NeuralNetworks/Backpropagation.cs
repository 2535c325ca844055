namespace MedTwin.Learning.NeuralNetworks;

/// <summary>
/// The loss of a mini-batch and its gradient, as scikit-learn's <c>_backprop</c>: loss = mean log-loss (classification)
/// or mean ½·squared error (regression), plus α/(2n)·Σ w² over the weights (not the biases) with n the batch size; the
/// output delta is prediction − label for both, and the weight gradient gains α·w/n.
/// </summary>
internal sealed class Backpropagation
{
    private readonly Network network;
    private readonly double[][] activations;
    private readonly double[][] deltas;

    public Backpropagation(Network network)
    {
        this.network = network;
        activations = network.NewActivations();
        deltas = network.NewActivations();
        WeightGradients = [.. network.Weights.Select(w => new double[w.Length])];
        BiasGradients = [.. network.Biases.Select(b => new double[b.Length])];
    }

    public double[][] WeightGradients { get; }

    public double[][] BiasGradients { get; }

    /// <summary>Computes the gradients of the rows' loss into <see cref="WeightGradients"/> and <see cref="BiasGradients"/>; returns the loss.</summary>
    public double Run(LearningData data, ReadOnlySpan<int> rows, double alpha)
    {
        foreach (var gradient in WeightGradients.Concat(BiasGradients))
        {
            Array.Clear(gradient);
        }

        var dataLoss = 0.0;
        foreach (var row in rows)
        {
            var input = data.Row(row);
            network.Forward(input, activations);
            var output = activations[^1][0];
            var label = data.Labels[row];
            dataLoss += network.LogisticOutput ? LogLoss(label, output) : 0.5 * (label - output) * (label - output);
            deltas[^1][0] = output - label;
            for (var l = network.LayerCount - 1; l > 0; l--)
            {
                PropagateDelta(l);
            }

            for (var l = 0; l < network.LayerCount; l++)
            {
                Accumulate(l, l == 0 ? input : activations[l - 1]);
            }
        }

        var n = rows.Length;
        var squaredWeights = 0.0;
        for (var l = 0; l < network.LayerCount; l++)
        {
            var weights = network.Weights[l];
            for (var k = 0; k < weights.Length; k++)
            {
                squaredWeights += weights[k] * weights[k];
                WeightGradients[l][k] = (WeightGradients[l][k] + (alpha * weights[k])) / n;
            }

            for (var j = 0; j < BiasGradients[l].Length; j++)
            {
                BiasGradients[l][j] /= n;
            }
        }

        return (dataLoss / n) + (0.5 * alpha * squaredWeights / n);
    }

    /// <summary>Binary log-loss with the probability clipped to [ε, 1 − ε], ε the double epsilon, as scikit-learn's <c>binary_log_loss</c>.</summary>
    public static double LogLoss(double label, double probability)
    {
        const double Epsilon = 2.220446049250313e-16;
        var p = Math.Clamp(probability, Epsilon, 1 - Epsilon);
        return -((label * Math.Log(p)) + ((1 - label) * Math.Log(1 - p)));
    }

    private void PropagateDelta(int layer)
    {
        var weights = network.Weights[layer];
        var next = deltas[layer];
        var current = deltas[layer - 1];
        var outputs = activations[layer - 1];
        var fanOut = next.Length;
        for (var i = 0; i < current.Length; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < fanOut; j++)
            {
                sum += weights[(i * fanOut) + j] * next[j];
            }

            current[i] = sum * network.Derivative(outputs[i]);
        }
    }

    private void Accumulate(int layer, ReadOnlySpan<double> input)
    {
        var delta = deltas[layer];
        var gradient = WeightGradients[layer];
        var fanOut = delta.Length;
        for (var i = 0; i < input.Length; i++)
        {
            for (var j = 0; j < fanOut; j++)
            {
                gradient[(i * fanOut) + j] += input[i] * delta[j];
            }
        }

        for (var j = 0; j < fanOut; j++)
        {
            BiasGradients[layer][j] += delta[j];
        }
    }
}
