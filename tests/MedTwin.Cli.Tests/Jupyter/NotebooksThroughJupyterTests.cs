using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class NotebooksThroughJupyterTests(InstalledKernelFixture fixture) : IClassFixture<InstalledKernelFixture>
{
    public static TheoryData<string> Notebooks() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*.ipynb").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Nbconvert_executing_a_committed_notebook_as_it_is_gives_the_outputs_medtwin_run_committed(string notebook)
    {
        var kernel = fixture.Kernel;
        var committedPath = Path.Combine(RepositoryPaths.Root, "notebooks", notebook);
        var output = kernel.Scratch.PathOf($"executed/{notebook}");

        // As a reviewer types it: the kernel is the one the notebook names, and nothing tells the kernel which notebook it
        // runs (nbconvert sets no session name), so the seed and clock start come from the notebook's own Study.Declare.
        var run = await kernel.NbconvertAsync(committedPath, output, new Dictionary<string, string?>());
        Assert.True(run.ExitCode == 0, $"jupyter nbconvert failed ({run.ExitCode}):\n{run.Error}");

        var committed = NotebookReader.Read(committedPath);
        var comparison = NotebookComparison.Compare(committed, NotebookReader.Read(output), VerificationSettings.Read(committed, committedPath));

        Assert.True(comparison.IsMatch, string.Join('\n', comparison.Cells.Where(c => !c.IsMatch).Select(c => $"{c.Message}\n{c.Diff}"))
            + comparison.StructureProblem + string.Join('\n', comparison.ManifestDifferences));
    }
}
