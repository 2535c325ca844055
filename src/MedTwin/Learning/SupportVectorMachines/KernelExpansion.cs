namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>A decision function Σᵢ cᵢ K(sᵢ, x) + b over support vectors sᵢ; positive means class 1.</summary>
internal sealed record KernelExpansion(KernelFunction Kernel, double[][] SupportVectors, double[] Coefficients, double Intercept)
{
    public double Decision(ReadOnlySpan<double> features)
    {
        var sum = 0.0;
        for (var i = 0; i < SupportVectors.Length; i++)
        {
            sum += Coefficients[i] * Kernel.Value(SupportVectors[i], features);
        }

        return sum + Intercept;
    }
}
