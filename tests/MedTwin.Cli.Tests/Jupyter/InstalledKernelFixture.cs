namespace MedTwin.Cli.Tests.Jupyter;

/// <summary>One kernelspec install shared by the tests of a class.</summary>
public sealed class InstalledKernelFixture : IDisposable
{
    internal InstalledKernel Kernel { get; } = InstalledKernel.Install();

    public void Dispose() => Kernel.Dispose();
}
