namespace MedTwin.Cli.Tests;

public sealed class DeterminismTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    public static TheoryData<string> RepositoryNotebooks() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "notebooks"), "*", SearchOption.AllDirectories)
            .Where(file => Path.GetExtension(file) is ".ipynb" or ".dib")
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public async Task The_tutorial_run_in_two_processes_with_different_processor_counts_time_zones_and_languages_gives_the_same_bytes()
    {
        var notebook = scratch.CopyFromRepository(Path.Combine("notebooks", "00-getting-started.ipynb"), "00-getting-started.ipynb");
        var one = scratch.PathOf("one-processor.ipynb");
        var two = scratch.PathOf("two-processors.ipynb");
        var english = new Dictionary<string, string?>
        {
            ["DOTNET_PROCESSOR_COUNT"] = "1", ["TZ"] = "America/Los_Angeles", ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = null,
        };
        var german = new Dictionary<string, string?>
        {
            ["DOTNET_PROCESSOR_COUNT"] = "2", ["TZ"] = "Asia/Kolkata", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = null,
        };

        // Both at once: each spends most of its time starting and compiling, and the test project should stay quick.
        var first = CliProcess.Start(scratch.Root, english, "run", notebook, "-o", one, "--data", RepositoryPaths.Data);
        var second = CliProcess.Start(scratch.Root, german, "run", notebook, "-o", two, "--data", RepositoryPaths.Data);
        var runs = await Task.WhenAll(CliProcess.CompleteAsync(first), CliProcess.CompleteAsync(second));

        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, $"medtwin run failed:\n{run.Output}\n{run.Error}");
        }

        Assert.True(File.ReadAllBytes(one).AsSpan().SequenceEqual(File.ReadAllBytes(two)), "The two runs wrote different notebooks.");
    }

    [Fact]
    public async Task Figure_files_written_with_different_processor_counts_time_zones_and_languages_are_the_same_bytes()
    {
        string[] cells =
        [
            "using MedTwin.Charts;",
            "var chart = ModelCharts.Roc(\"ROC − β ≥ 0.5\", new CurveSeries(\"model (AUC 0.81)\", [0, 0.1, 0.35, 1], [0, 0.62, 0.88, 1]));\n"
                + "chart.SaveSvg(\"figures/roc.svg\", 640, 480);\nchart.SavePdf(\"figures/roc.pdf\", 640, 480, fontSize: 10);\nchart",
        ];
        var folders = new[] { "one", "two" };
        var notebooks = folders.Select(folder => TestNotebooks.Write(scratch.PathOf(Path.Combine(folder, "figures.ipynb")), cells)).ToArray();

        var first = CliProcess.Start(scratch.Root, new Dictionary<string, string?>
        {
            ["DOTNET_PROCESSOR_COUNT"] = "1", ["TZ"] = "Pacific/Auckland", ["LANG"] = "fa_IR.UTF-8", ["LC_ALL"] = null,
        }, "run", notebooks[0], "--data", RepositoryPaths.Data);
        var second = CliProcess.Start(scratch.Root, new Dictionary<string, string?>
        {
            ["DOTNET_PROCESSOR_COUNT"] = "2", ["TZ"] = "America/Los_Angeles", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = null,
        }, "run", notebooks[1], "--data", RepositoryPaths.Data);
        var runs = await Task.WhenAll(CliProcess.CompleteAsync(first), CliProcess.CompleteAsync(second));

        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, $"medtwin run failed:\n{run.Output}\n{run.Error}");
        }

        foreach (var file in (string[])["figures.ipynb", Path.Combine("figures", "roc.svg"), Path.Combine("figures", "roc.pdf")])
        {
            var bytes = folders.Select(folder => File.ReadAllBytes(Path.Combine(scratch.Root, folder, file))).ToArray();
            Assert.True(bytes[0].AsSpan().SequenceEqual(bytes[1]), $"The two runs wrote different {file}.");
        }
    }

    [Theory]
    [MemberData(nameof(RepositoryNotebooks))]
    public void Every_repository_notebook_run_twice_in_one_process_gives_the_same_bytes(string repositoryPath)
    {
        // The study's own files (pinned recipes) come along, and what it writes beside itself stays in the scratch folder.
        foreach (var recipe in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "notebooks", "recipes")))
        {
            scratch.CopyFromRepository(Path.GetRelativePath(RepositoryPaths.Root, recipe), Path.Combine("notebooks", "recipes", Path.GetFileName(recipe)));
        }

        var notebook = scratch.CopyFromRepository(repositoryPath, Path.Combine("notebooks", Path.GetFileName(repositoryPath)));
        var first = scratch.PathOf(Path.Combine("notebooks", "first" + Path.GetExtension(notebook)));
        var second = scratch.PathOf(Path.Combine("notebooks", "second" + Path.GetExtension(notebook)));

        var runs = new[]
        {
            CliRun.Of("run", notebook, "-o", first, "--data", RepositoryPaths.Data),
            CliRun.Of("run", notebook, "-o", second, "--data", RepositoryPaths.Data),
        };

        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, $"medtwin run failed:\n{run.Output}\n{run.Error}");
        }

        Assert.True(File.ReadAllBytes(first).AsSpan().SequenceEqual(File.ReadAllBytes(second)), $"Two runs of {repositoryPath} wrote different bytes.");
    }

    public void Dispose() => scratch.Dispose();
}
