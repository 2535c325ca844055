namespace MedTwin.Learning.NeuralNetworks;

/// <summary>How the weights follow the mini-batch gradients (scikit-learn's <c>solver</c>).</summary>
public enum Optimiser
{
    /// <summary>Adam (Kingma and Ba, 2014) with bias-corrected step size, as scikit-learn's <c>AdamOptimizer</c>.</summary>
    Adam,

    /// <summary>Stochastic gradient descent with (optionally Nesterov) momentum and a constant learning rate, as scikit-learn's <c>SGDOptimizer</c>.</summary>
    Sgd,
}
