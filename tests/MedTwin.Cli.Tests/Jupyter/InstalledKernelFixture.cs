using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Cli.Tests.Jupyter;

/// <summary>
/// One kernelspec install shared by the tests of a class, under the name notebooks give in <c>metadata.kernelspec</c>
/// (as <c>medtwin kernel install</c> names it), so Jupyter starts MedTwin's kernel without being told which to use.
/// </summary>
public sealed class InstalledKernelFixture : IDisposable
{
    internal InstalledKernel Kernel { get; } = InstalledKernel.Install(KernelSpec.DefaultName);

    public void Dispose() => Kernel.Dispose();
}
