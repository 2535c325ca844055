using System.Security.Cryptography;
using System.Text;
using MedTwin.Reproducibility;

namespace MedTwin.Tests.Reproducibility;

public sealed class StudyWrittenFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("medtwin-study-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Study Begin(string? outputDirectory = null) =>
        Study.Begin(new StudyOptions { Seed = 1, StudyDirectory = folder, OutputDirectory = outputDirectory });

    private static Action<Stream> Text(string text) => stream => stream.Write(Encoding.UTF8.GetBytes(text));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private string[] FilesInFolder() =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_written_file_lands_in_the_study_folder_and_is_recorded_with_its_forward_slash_path_hash_and_size()
    {
        using var study = Begin();

        var file = study.WriteFile(Path.Combine("figures", "dose.txt"), Text("dose 5 mg\n"));

        Assert.Equal(new WrittenFile("figures/dose.txt", Sha256("dose 5 mg\n"), 10), file);
        Assert.Equal([file], study.FilesWritten);
        Assert.Equal("dose 5 mg\n", File.ReadAllText(Path.Combine(folder, "figures", "dose.txt")));
        Assert.Equal(["figures/dose.txt"], FilesInFolder());
    }

    [Fact]
    public void A_file_written_twice_is_recorded_once_with_its_final_hash_in_the_order_first_written()
    {
        using var study = Begin();

        study.WriteFile("a.txt", Text("first"));
        study.WriteFile("b.txt", Text("b"));
        study.WriteFile("figures/../a.txt", Text("second"));

        Assert.Equal([new WrittenFile("a.txt", Sha256("second"), 6), new WrittenFile("b.txt", Sha256("b"), 1)], study.FilesWritten);
        Assert.Equal("second", File.ReadAllText(Path.Combine(folder, "a.txt")));
    }

    [Theory]
    [InlineData("../outside.txt", "leads outside it")]
    [InlineData("figures/../../outside.txt", "leads outside it")]
    [InlineData("..", "leads outside it")]
    [InlineData("", "the path given is empty")]
    [InlineData("  ", "the path given is empty")]
    [InlineData(".", "names a folder")]
    [InlineData("figures/", "names a folder")]
    public void A_path_that_is_empty_names_a_folder_or_leads_outside_the_study_folder_is_refused_naming_it(string path, string reason)
    {
        using var study = Begin();

        var error = Assert.Throws<ArgumentException>(() => study.WriteFile(path, Text("x")));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        if (path.Trim().Length > 0)
        {
            Assert.Contains($"'{path}'", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(study.FilesWritten);
        Assert.Empty(FilesInFolder());
        Assert.False(File.Exists(Path.Combine(folder, "..", "outside.txt")));
    }

    [Fact]
    public void An_absolute_path_is_refused_even_inside_the_study_folder_so_no_manifest_names_a_machines_folder()
    {
        using var study = Begin();
        var absolute = Path.Combine(folder, "dose.txt");

        var error = Assert.Throws<ArgumentException>(() => study.WriteFile(absolute, Text("x")));

        Assert.Contains($"'{absolute}' is absolute", error.Message, StringComparison.Ordinal);
        Assert.Empty(study.FilesWritten);
        Assert.Empty(FilesInFolder());
    }

    [Fact]
    public void A_writer_that_fails_midway_leaves_the_previous_file_intact_no_temporary_file_and_the_record_unchanged()
    {
        using var study = Begin();
        var before = study.WriteFile("figures/dose.txt", Text("dose 5 mg\n"));

        var error = Assert.Throws<IOException>(() => study.WriteFile("figures/dose.txt", stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("dose 7"));
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", error.Message);
        Assert.Equal("dose 5 mg\n", File.ReadAllText(Path.Combine(folder, "figures", "dose.txt")));
        Assert.Equal(["figures/dose.txt"], FilesInFolder());
        Assert.Equal([before], study.FilesWritten);
    }

    [Fact]
    public void A_writer_that_fails_on_a_new_file_leaves_no_file_at_all()
    {
        using var study = Begin();

        Assert.Throws<InvalidOperationException>(() => study.WriteFile("card.json", stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("{ \"model\":"));
            throw new InvalidOperationException("serialiser failed");
        }));

        Assert.Empty(FilesInFolder());
        Assert.Empty(study.FilesWritten);
    }

    [Fact]
    public void With_an_output_directory_the_file_goes_there_at_its_relative_path_and_the_study_folder_is_untouched()
    {
        File.WriteAllText(Path.Combine(folder, "dose.txt"), "committed");
        var staging = Directory.CreateTempSubdirectory("medtwin-staging-").FullName;
        try
        {
            using var study = Begin(staging);

            var file = study.WriteFile("figures/dose.txt", Text("new"));
            study.WriteFile("dose.txt", Text("new"));

            Assert.Equal(new WrittenFile("figures/dose.txt", Sha256("new"), 3), file);
            Assert.Equal("new", File.ReadAllText(Path.Combine(staging, "figures", "dose.txt")));
            Assert.Equal("committed", File.ReadAllText(Path.Combine(folder, "dose.txt")));
            Assert.Equal(["dose.txt"], FilesInFolder());
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
