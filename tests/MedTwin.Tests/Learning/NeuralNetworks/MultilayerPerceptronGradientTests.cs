using MedTwin.Learning.NeuralNetworks;

namespace MedTwin.Tests.Learning.NeuralNetworks;

public sealed class MultilayerPerceptronGradientTests
{
    [Theory]
    [InlineData(Activation.Tanh, true)]
    [InlineData(Activation.Logistic, true)]
    [InlineData(Activation.Tanh, false)]
    [InlineData(Activation.Relu, false)]
    public void Backpropagation_agrees_with_central_finite_differences_to_one_in_a_million(Activation activation, bool classification)
    {
        var data = classification ? TinyData.Xor() : TinyData.Curve();
        var network = Network.GlorotUniform(2, [3, 2], activation, classification, new Random(5));
        var backpropagation = new Backpropagation(network);
        int[] rows = [.. Enumerable.Range(0, data.RowCount)];
        const double Alpha = 0.01;
        backpropagation.Run(data, rows, Alpha);
        var analytic = backpropagation.WeightGradients.Concat(backpropagation.BiasGradients).Select(g => (double[])g.Clone()).ToArray();

        var parameters = network.Weights.Concat(network.Biases).ToArray();
        for (var a = 0; a < parameters.Length; a++)
        {
            for (var k = 0; k < parameters[a].Length; k++)
            {
                const double Step = 1e-5;
                var original = parameters[a][k];
                parameters[a][k] = original + Step;
                var above = backpropagation.Run(data, rows, Alpha);
                parameters[a][k] = original - Step;
                var below = backpropagation.Run(data, rows, Alpha);
                parameters[a][k] = original;
                var numeric = (above - below) / (2 * Step);

                var relative = Math.Abs(numeric - analytic[a][k]) / Math.Max(1e-3, Math.Abs(numeric) + Math.Abs(analytic[a][k]));
                Assert.True(relative < 1e-6, $"parameter array {a}, entry {k}: backpropagation {analytic[a][k]}, finite differences {numeric}");
            }
        }
    }
}
