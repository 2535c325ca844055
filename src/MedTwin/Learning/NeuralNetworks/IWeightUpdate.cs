namespace MedTwin.Learning.NeuralNetworks;

/// <summary>One optimiser step: moves every parameter array by its gradient (arrays in the same order on both sides).</summary>
internal interface IWeightUpdate
{
    void Apply(IReadOnlyList<double[]> parameters, IReadOnlyList<double[]> gradients);
}
