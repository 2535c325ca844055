using System.Security.Cryptography;
using System.Text;
using MedTwin.Reproducibility;

namespace MedTwin.Tests.Reproducibility;

public sealed class StudyFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("medtwin-study-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Study Begin() => Study.Begin(new StudyOptions { Seed = 1, StudyDirectory = folder });

    [Fact]
    public void A_study_file_is_read_relative_to_the_study_folder_and_recorded_with_its_hash()
    {
        Directory.CreateDirectory(Path.Combine(folder, "recipes"));
        File.WriteAllText(Path.Combine(folder, "recipes", "r.json"), "{ \"steps\": [] }\n");
        using var study = Begin();

        var file = study.ReadFile("recipes/r.json");
        study.ReadFile("recipes/r.json");

        Assert.Equal("{ \"steps\": [] }\n", file.Text);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Text))), file.Sha256);
        Assert.Equal([new StudyFile("recipes/r.json", file.Sha256, string.Empty)], study.FilesRead);
    }

    [Fact]
    public void An_absolute_path_is_refused_so_no_manifest_names_a_machines_folder()
    {
        using var study = Begin();

        var error = Assert.Throws<ArgumentException>(() => study.ReadFile(Path.Combine(folder, "r.json")));

        Assert.Contains("is absolute", error.Message, StringComparison.Ordinal);
        Assert.Empty(study.FilesRead);
    }

    [Fact]
    public void A_missing_file_names_the_path_and_the_folder()
    {
        using var study = Begin();

        var error = Assert.Throws<FileNotFoundException>(() => study.ReadFile("recipes/none.json"));

        Assert.Contains("'recipes/none.json' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error_not_a_guess()
    {
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), [0x67, 0x6C, 0xFC, 0x63]);
        using var study = Begin();

        Assert.Throws<DecoderFallbackException>(() => study.ReadFile("latin1.txt"));
    }

    [Fact]
    public void A_path_is_resolved_against_the_study_folder_not_the_current_directory()
    {
        using var study = Begin();

        Assert.Equal(Path.GetFullPath(Path.Combine(folder, "..", "artifacts", "m")), study.PathOf("../artifacts/m"));
        Assert.Throws<ArgumentException>(() => study.PathOf(Path.GetTempPath()));
    }
}
