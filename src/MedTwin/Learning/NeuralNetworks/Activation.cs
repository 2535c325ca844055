namespace MedTwin.Learning.NeuralNetworks;

/// <summary>The function each hidden unit applies to its weighted input (scikit-learn's <c>activation</c>).</summary>
public enum Activation
{
    /// <summary>max(0, z).</summary>
    Relu,

    /// <summary>tanh(z).</summary>
    Tanh,

    /// <summary>1 / (1 + e^−z).</summary>
    Logistic,
}
