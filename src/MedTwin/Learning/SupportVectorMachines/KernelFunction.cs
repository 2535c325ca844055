namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>A kernel with its γ fixed.</summary>
internal sealed record KernelFunction(SvmKernel Kind, double Gamma)
{
    public double Value(ReadOnlySpan<double> x, ReadOnlySpan<double> z)
    {
        var sum = 0.0;
        if (Kind == SvmKernel.Linear)
        {
            for (var k = 0; k < x.Length; k++)
            {
                sum += x[k] * z[k];
            }

            return sum;
        }

        for (var k = 0; k < x.Length; k++)
        {
            var difference = x[k] - z[k];
            sum += difference * difference;
        }

        return Math.Exp(-Gamma * sum);
    }
}
