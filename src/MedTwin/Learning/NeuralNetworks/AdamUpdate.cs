namespace MedTwin.Learning.NeuralNetworks;

/// <summary>
/// Adam as scikit-learn's <c>AdamOptimizer</c>: m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², and
/// w ← w − η·√(1 − β2^t)/(1 − β1^t) · m / (√v + ε) at step t.
/// </summary>
internal sealed class AdamUpdate(double learningRate, double beta1, double beta2, double epsilon, IReadOnlyList<double[]> parameters) : IWeightUpdate
{
    private readonly double[][] firstMoments = [.. parameters.Select(p => new double[p.Length])];
    private readonly double[][] secondMoments = [.. parameters.Select(p => new double[p.Length])];
    private int step;

    public void Apply(IReadOnlyList<double[]> parameters, IReadOnlyList<double[]> gradients)
    {
        step++;
        var stepSize = learningRate * Math.Sqrt(1 - Math.Pow(beta2, step)) / (1 - Math.Pow(beta1, step));
        for (var a = 0; a < parameters.Count; a++)
        {
            var (values, gradient, m, v) = (parameters[a], gradients[a], firstMoments[a], secondMoments[a]);
            for (var k = 0; k < values.Length; k++)
            {
                m[k] = (beta1 * m[k]) + ((1 - beta1) * gradient[k]);
                v[k] = (beta2 * v[k]) + ((1 - beta2) * gradient[k] * gradient[k]);
                values[k] += -stepSize * m[k] / (Math.Sqrt(v[k]) + epsilon);
            }
        }
    }
}
