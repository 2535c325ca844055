namespace MedTwin.Learning.NeuralNetworks;

/// <summary>
/// Stochastic gradient descent with momentum μ as scikit-learn's <c>SGDOptimizer</c> (constant learning rate η):
/// velocity ← μ·velocity − η·g, then w ← w + velocity, or with Nesterov momentum w ← w + μ·velocity − η·g.
/// </summary>
internal sealed class MomentumUpdate(double learningRate, double momentum, bool nesterov, IReadOnlyList<double[]> parameters) : IWeightUpdate
{
    private readonly double[][] velocities = [.. parameters.Select(p => new double[p.Length])];

    public void Apply(IReadOnlyList<double[]> parameters, IReadOnlyList<double[]> gradients)
    {
        for (var a = 0; a < parameters.Count; a++)
        {
            var (values, gradient, velocity) = (parameters[a], gradients[a], velocities[a]);
            for (var k = 0; k < values.Length; k++)
            {
                velocity[k] = (momentum * velocity[k]) - (learningRate * gradient[k]);
                values[k] += nesterov ? (momentum * velocity[k]) - (learningRate * gradient[k]) : velocity[k];
            }
        }
    }
}
