using MedTwin.Notebooks.Documents;

namespace MedTwin.Cli.Tests;

/// <summary>A write that fails midway (a file that cannot grow) leaves the previous file byte-identical and no temporary file.</summary>
public sealed class InterruptedWriteTests : IDisposable
{
    private const int LimitKilobytes = 64;

    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Run_in_place_that_cannot_write_the_notebook_leaves_the_previous_one_byte_identical_and_no_temporary_file()
    {
        var notebook = TestNotebooks.Write(scratch.PathOf("study.ipynb"), "Console.Write(new string('x', 200_000));");
        var before = File.ReadAllBytes(notebook);

        var run = await FileSizeLimitedCli.RunAsync(scratch.Root, LimitKilobytes, "run", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: Could not write the notebook '{notebook}'; it is as it was: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.Equal(["study.ipynb"], FileNames(scratch.Root));
    }

    [Fact]
    public async Task Verify_accept_that_cannot_write_the_notebook_leaves_the_committed_one_byte_identical_and_no_temporary_file()
    {
        var size = scratch.PathOf("size.txt");
        File.WriteAllText(size, "10");
        var notebook = TestNotebooks.WriteCommitted(
            scratch.PathOf("study.ipynb"), $"Console.Write(new string('x', int.Parse(File.ReadAllText({Literal(size)}))));");
        var committed = File.ReadAllBytes(notebook);
        File.WriteAllText(size, "200000");

        var run = await FileSizeLimitedCli.RunAsync(scratch.Root, LimitKilobytes, "verify", notebook, "--accept", "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: Could not write the notebook '{notebook}'; it is as it was: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(committed, File.ReadAllBytes(notebook));
        Assert.Equal(["size.txt", "study.ipynb"], FileNames(scratch.Root));
    }

    [Fact]
    public async Task Verify_that_cannot_write_the_received_notebook_leaves_neither_it_nor_a_temporary_file()
    {
        var size = scratch.PathOf("size.txt");
        File.WriteAllText(size, "10");
        var notebook = TestNotebooks.WriteCommitted(
            scratch.PathOf("study.ipynb"), $"Console.Write(new string('x', int.Parse(File.ReadAllText({Literal(size)}))));");
        File.WriteAllText(size, "200000");

        var run = await FileSizeLimitedCli.RunAsync(scratch.Root, LimitKilobytes, "verify", notebook, "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: Could not write the notebook '{MedTwin.Notebooks.Verification.ReceivedFiles.PathOf(notebook)}'; it is as it was: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(["size.txt", "study.ipynb"], FileNames(scratch.Root));
    }

    [Fact]
    public async Task A_model_card_that_cannot_be_written_leaves_the_previous_card_files_byte_identical_and_no_temporary_file()
    {
        var cardFolder = Directory.CreateDirectory(scratch.PathOf("card")).FullName;
        File.WriteAllText(Path.Combine(cardFolder, "model-card.json"), "{ \"previous\": true }\n");
        File.WriteAllText(Path.Combine(cardFolder, "model-card.md"), "# Previous card\n");
        var notebook = TestNotebooks.Write(scratch.PathOf("study.ipynb"), ModelCardCell(cardFolder, intendedUseLength: 200_000));

        var run = await FileSizeLimitedCli.RunAsync(
            scratch.Root, LimitKilobytes, "run", notebook, "-o", scratch.PathOf("out.ipynb"), "--data", RepositoryPaths.Data);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(NotebookReader.Read(scratch.PathOf("out.ipynb")).Cells[0].Outputs));
        Assert.Contains("too large", error.ErrorValue, StringComparison.Ordinal);
        Assert.Equal("{ \"previous\": true }\n", File.ReadAllText(Path.Combine(cardFolder, "model-card.json")));
        Assert.Equal("# Previous card\n", File.ReadAllText(Path.Combine(cardFolder, "model-card.md")));
        Assert.Equal(["model-card.json", "model-card.md", "model.json"], FileNames(cardFolder));
    }

    private static string ModelCardCell(string folder, int intendedUseLength) =>
        $$"""
        using MedTwin.Data.Snapshots;
        using MedTwin.Learning;
        using MedTwin.Learning.Linear;
        using MedTwin.Learning.ModelCards;
        var frame = new SnapshotCatalog({{Literal(RepositoryPaths.Data)}}).Open("pima-diabetes", 1).Data;
        var model = new LogisticRegressionTrainer().Fit(
            LearningData.FromFrame(frame, "diabetes", LearningTask.BinaryClassification, ["glucose", "mass"], positiveClass: "pos"));
        ModelCardFiles.Write({{Literal(folder)}}, new ModelCard
        {
            Title = "Pima diabetes risk",
            IntendedUse = new string('x', {{intendedUseLength}}),
            Limitations = [],
            Data = new ModelCardData { Snapshot = "pima-diabetes", Version = 1, Sha256 = new string('a', 64), Rows = 768, Label = "diabetes", PositiveClass = "pos", Features = ["glucose", "mass"] },
            Trainer = "logistic regression",
            Hyperparameters = new Dictionary<string, string>(),
            Seed = 1,
            Validation = "none",
            Metrics = [],
            LibraryVersion = "0.1.0",
        }, model);
        """;

    private static string[] FileNames(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(name => name!)];

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
