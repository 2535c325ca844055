using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class NotebooksThroughJupyterTests(InstalledKernelFixture fixture) : IClassFixture<InstalledKernelFixture>
{
    public static TheoryData<string> Notebooks() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*.ipynb").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Nbconvert_executing_a_committed_notebook_with_the_MedTwin_kernel_gives_the_outputs_medtwin_run_committed(string notebook)
    {
        var kernel = fixture.Kernel;
        var committedPath = Path.Combine(RepositoryPaths.Root, "notebooks", notebook);
        var output = kernel.Scratch.PathOf($"executed/{notebook}");

        // Jupyter Server and VS Code name the notebook to the kernel in JPY_SESSION_NAME; the kernel takes the seed and
        // clock from its metadata and runs in its folder, as `medtwin run` does. nbconvert runs the kernel in that folder.
        var process = kernel.StartPython(
            new Dictionary<string, string?> { ["JPY_SESSION_NAME"] = committedPath },
            "-m", "nbconvert", "--to", "notebook", "--execute",
            $"--ExecutePreprocessor.kernel_name={kernel.Name}", "--ExecutePreprocessor.timeout=600",
            "--output-dir", Path.GetDirectoryName(output)!, "--output", notebook, committedPath);
        var run = await CliProcess.CompleteAsync(process, TimeSpan.FromMinutes(10));
        Assert.True(run.ExitCode == 0, $"jupyter nbconvert failed ({run.ExitCode}):\n{run.Error}");

        var committed = NotebookReader.Read(committedPath);
        var comparison = NotebookComparison.Compare(committed, NotebookReader.Read(output), VerificationSettings.Read(committed, committedPath));

        Assert.True(comparison.IsMatch, string.Join('\n', comparison.Cells.Where(c => !c.IsMatch).Select(c => $"{c.Message}\n{c.Diff}"))
            + comparison.StructureProblem + string.Join('\n', comparison.ManifestDifferences));
    }
}
