using MedTwin.Notebooks.Execution;
using MedTwin.Notebooks.Tests.Support;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Tests.Execution;

public sealed class DirectiveTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task A_path_reference_is_resolved_relative_to_the_notebooks_folder()
    {
        Directory.CreateDirectory(folder.PathOf("lib"));
        await File.WriteAllBytesAsync(folder.PathOf("lib/LocalGreeter.dll"), TestAssemblies.Greeter("LocalGreeter", "hello from a dll"));

        var run = await NotebookRun.Of(
            NotebookRun.Create("#r \"lib/LocalGreeter.dll\"\nLocalGreeter.Greeter.Hello()"),
            NotebookRun.Options() with { BaseDirectory = folder.Root });

        Assert.Equal("hello from a dll", run.PlainResult(0));
    }

    [Fact]
    public async Task A_nuget_package_from_a_local_source_is_restored_then_served_from_the_cache_without_the_source()
    {
        var id = "MedTwin.Tests.Greeter" + Path.GetFileNameWithoutExtension(folder.Root).Replace("_", "", StringComparison.Ordinal);
        TestAssemblies.WriteGreeterPackage(folder.PathOf("feed"), id, "1.2.3", "hello from a package");
        var options = NotebookRun.Options() with
        {
            BaseDirectory = folder.Root,
            Packages = new NuGetPackageResolver(folder.PathOf("cache")),
        };
        string[] cells = ["#i \"nuget: feed\"\n#r \"nuget: " + id + ", 1.2.3\"", id + ".Greeter.Hello()"];

        var first = await NotebookRun.Of(NotebookRun.Create(cells), options);
        Directory.Delete(folder.PathOf("feed"), recursive: true);
        var second = await NotebookRun.Of(NotebookRun.Create(cells), options);

        Assert.Equal("hello from a package", first.PlainResult(1));
        Assert.Equal("hello from a package", second.PlainResult(1));
        Assert.Contains(KeyValuePair.Create(id, "1.2.3"), first.Result.Manifest.Packages);
    }

    [Fact]
    public async Task A_package_that_cannot_be_restored_is_an_error_carrying_the_restore_messages()
    {
        var options = NotebookRun.Options() with { BaseDirectory = folder.Root, Packages = new NuGetPackageResolver(folder.PathOf("cache")) };
        Directory.CreateDirectory(folder.PathOf("empty-feed"));

        var run = await NotebookRun.Of(NotebookRun.Create("#i \"nuget: empty-feed\"\n#r \"nuget: MedTwin.Tests.NoSuchPackage, 0.0.1\""), options);

        var error = run.Error(0);
        Assert.Equal("PackageRestoreError", error.ErrorName);
        Assert.Contains("MedTwin.Tests.NoSuchPackage 0.0.1", error.ErrorValue, StringComparison.Ordinal);
        Assert.Contains("NU1101", error.ErrorValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_medtwin_package_at_the_kernels_own_version_is_the_loaded_library()
    {
        var run = await NotebookRun.Of($"#r \"nuget: MedTwin, {LibraryInfo.Version}\"\nMedTwin.Reproducibility.LibraryInfo.Version");

        Assert.Equal(LibraryInfo.Version, run.PlainResult(0));
        Assert.Contains(KeyValuePair.Create("MedTwin", LibraryInfo.InformationalVersion), run.Result.Manifest.Packages);
    }

    [Fact]
    public async Task A_notebook_pinned_to_another_medtwin_version_fails_clearly_instead_of_running()
    {
        var run = await NotebookRun.Of("#r \"nuget: MedTwin, 99.0.0\"\n1");

        var error = run.Error(0);
        Assert.Equal("DirectiveError", error.ErrorName);
        Assert.Contains($"the notebook pins MedTwin 99.0.0, but this medtwin runs MedTwin {LibraryInfo.InformationalVersion}", error.ErrorValue, StringComparison.Ordinal);
        Assert.Single(run.Outputs(0));
    }

    public void Dispose() => folder.Dispose();
}
