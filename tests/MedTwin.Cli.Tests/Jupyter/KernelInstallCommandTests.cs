using System.Text.Json.Nodes;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class KernelInstallCommandTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    [Fact]
    public void Install_with_a_prefix_writes_kernel_json_and_the_logos_under_share_jupyter_kernels()
    {
        var run = CliRun.Of("kernel", "install", "--prefix", scratch.Root, "--name", "medtwin-x");

        Assert.Equal(0, run.ExitCode);
        var folder = Path.Combine(scratch.Root, "share", "jupyter", "kernels", "medtwin-x");
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        Assert.Equal("C# (MedTwin)", (string?)spec["display_name"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
        Assert.Equal(["kernel", "--connection-file", "{connection_file}"], spec["argv"]!.AsArray().Select(a => (string?)a).TakeLast(3));
        Assert.True(File.Exists(Path.Combine(folder, "logo-32x32.png")));
        Assert.True(File.Exists(Path.Combine(folder, "logo-64x64.png")));
        Assert.True(File.Exists(Path.Combine(folder, "logo-svg.svg")));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(folder, "logo-64x64.png")).Take(4));
    }

    [Fact]
    public void The_kernelspec_notebooks_are_written_with_is_the_one_install_writes()
    {
        CliRun.Of("kernel", "install", "--prefix", scratch.Root);
        var notebook = TestNotebooks.Create("1");
        KernelMetadata.Apply(notebook);

        var named = notebook.GetMetadata("kernelspec")!;
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(scratch.Root, "share", "jupyter", "kernels", (string)named["name"]!, "kernel.json")))!;
        Assert.Equal((string?)spec["display_name"], (string?)named["display_name"]);
        Assert.Equal((string?)spec["language"], (string?)named["language"]);
    }

    [Fact]
    public void The_installed_argv_starts_this_same_medtwin_build()
    {
        CliRun.Of("kernel", "install", "--prefix", scratch.Root);

        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(scratch.Root, "share", "jupyter", "kernels", "medtwin-csharp", "kernel.json")))!;
        var argv = spec["argv"]!.AsArray().Select(a => (string?)a).ToList();
        Assert.Contains(argv, a => a is not null && Path.GetFileName(a) == "MedTwin.Cli.dll" && File.Exists(a));
    }

    [Fact]
    public void Install_for_the_user_writes_into_JUPYTER_DATA_DIR_when_it_is_set()
    {
        var saved = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", scratch.PathOf("data/"));
        try
        {
            var run = CliRun.Of("kernel", "install", "--user", "--name", "medtwin-user");

            Assert.Equal(0, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(scratch.Root, "data", "kernels", "medtwin-user", "kernel.json")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", saved);
        }
    }

    [Fact]
    public void Uninstall_removes_the_kernelspec_and_a_second_uninstall_says_there_is_none()
    {
        CliRun.Of("kernel", "install", "--prefix", scratch.Root, "--name", "medtwin-y");

        var first = CliRun.Of("kernel", "uninstall", "--prefix", scratch.Root, "--name", "medtwin-y");
        var second = CliRun.Of("kernel", "uninstall", "--prefix", scratch.Root, "--name", "medtwin-y");

        Assert.Equal(0, first.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(scratch.Root, "share", "jupyter", "kernels", "medtwin-y")));
        Assert.Equal(1, second.ExitCode);
        Assert.StartsWith("error: No kernelspec named medtwin-y in ", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kernel_name_Jupyter_would_not_accept_is_refused_with_the_rule()
    {
        var run = CliRun.Of("kernel", "install", "--prefix", scratch.Root, "--name", "my kernel");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "error: The kernel name \"my kernel\" is refused: a kernel name is ASCII letters, digits, '-', '.' and '_' (Jupyter's rule) and not dots alone.",
            run.Error.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("install", "..")]
    [InlineData("install", ".")]
    [InlineData("install", "a/b")]
    [InlineData("install", "...")]
    [InlineData("install", "medtwin-x\n")]
    [InlineData("uninstall", "..")]
    [InlineData("uninstall", ".")]
    [InlineData("uninstall", "a/b")]
    [InlineData("uninstall", "...")]
    [InlineData("uninstall", "medtwin-x\n")]
    public void A_name_that_is_not_one_folder_under_kernels_is_refused_in_one_line_and_nothing_on_disk_changes(string command, string name)
    {
        // Everything a name escaping kernels/<name> could reach: the data directory, kernels/ itself, another kernelspec, a nested folder.
        CliRun.Of("kernel", "install", "--prefix", scratch.Root, "--name", "other");
        var data = Path.Combine(scratch.Root, "share", "jupyter");
        File.WriteAllText(Path.Combine(data, "kernel.json"), "{}");
        File.WriteAllText(Path.Combine(data, "kernels", "kernel.json"), "{}");
        Directory.CreateDirectory(Path.Combine(data, "kernels", "a", "b"));
        File.WriteAllText(Path.Combine(data, "kernels", "a", "b", "kernel.json"), "{}");
        var before = Tree(scratch.Root);

        var run = CliRun.Of("kernel", command, "--prefix", scratch.Root, "--name", name);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: The kernel name \"{name.Replace("\n", "\\n", StringComparison.Ordinal)}\" is refused: a kernel name is ASCII letters", line, StringComparison.Ordinal);
        Assert.Equal(before, Tree(scratch.Root));
    }

    private static List<string> Tree(string root) =>
    [
        .. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => File.Exists(path) ? $"{Path.GetRelativePath(root, path)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))}" : Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void User_and_prefix_together_are_refused()
    {
        var run = CliRun.Of("kernel", "install", "--user", "--prefix", scratch.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: Give --user or --prefix DIR, not both.", run.Error.Trim());
    }

    public void Dispose() => scratch.Dispose();
}
