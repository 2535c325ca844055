using MedTwin.Data.Snapshots;
using MedTwin.Tests.Support;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Snapshots;

/// <summary>The snapshots committed under data/: the published files, as the data sets' SHA256SUMS pins them.</summary>
public sealed class RepositorySnapshotTests
{
    private static readonly SnapshotCatalog Catalog = new(RepositoryPaths.Data);

    /// <summary>Name, file, SHA-256 as exported (the data sets' PROVENANCE.md and SHA256SUMS), and row count.</summary>
    public static TheoryData<string, string, string, int> Published() => new()
    {
        { "efron-diabetes", "efron_diabetes_progression.csv", "c48610bb2ef2cf5e6d4617ee217287e58ce3aa37549b1aeffea2d8c287ca57ea", 442 },
        { "indomethacin", "indomethacin.csv", "8a8cf69ab625f77fa50924952ed0aecb54431ee9b4a7b6b38fdbcd9f06b0dc77", 66 },
        { "mayo-pbc", "mayo_pbc.csv", "1dbab06d2db283e0e6b6b0fef1d0d5eab8cac227286eef9f2e9419e8f9994c8f", 418 },
        { "pima-diabetes", "pima_indians_diabetes.csv", "6df66d0de9500660e6e620ba0b9df584ab4ec259c002ab468f0e2746403ae692", 768 },
        { "theophylline", "theophylline.csv", "9cb8329d19da78114ff7bebf7c31dd9f247492b5ecbc7c0de274081a30a660c8", 132 },
        { "uva-padova-patients", "uva_padova_vpatient_params.csv", "662f3b684d160fdf485edd1d7196dd1cd85c14b53650b030fdb86aaa05bb2e50", 30 },
        { "wdbc-breast-cancer", "wdbc_breast_cancer.csv", "ce2dbe548442b3fd091e3c13d189f69afee544d793313a7d544f5eb97d6c2def", 569 },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void Version_1_is_the_published_file_byte_for_byte_and_opens_with_every_row(string name, string file, string sha256, int rows)
    {
        var snapshot = Catalog.Open(name, 1);

        Assert.Equal(file, snapshot.Manifest.File);
        Assert.Equal(sha256, snapshot.Sha256);
        Assert.Equal(rows, snapshot.Data.Rows.Count);
        Assert.Equal(snapshot.Manifest.Columns.Select(c => c.Name), snapshot.Data.Columns.Select(c => c.Name));
    }

    public static TheoryData<string> Names() => [.. PublishedNames()];

    [Fact]
    public void The_synthetic_fhir_bundle_opens_as_a_verified_file_and_not_as_a_table()
    {
        var file = Catalog.OpenFile(SyntheticBundle, 1);

        Assert.Equal(SnapshotFormats.FhirBundle, file.Manifest.Format);
        Assert.Equal(45, file.Manifest.Rows);
        Assert.Equal(file.Manifest.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Bytes.Span)));
        var error = Assert.Throws<InvalidOperationException>(() => Catalog.Open(SyntheticBundle, 1));
        Assert.Contains("is a fhir-bundle file, not a table: open it with OpenFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_byte_in_the_bundle_fails_open_file_naming_both_hashes()
    {
        using var folder = new TemporaryDataFolder();
        var path = Path.Combine(folder.CopyFromRepository(SyntheticBundle, 1), "bundle.json");
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SnapshotHashMismatchException>(() => new SnapshotCatalog(folder.Root).OpenFile(SyntheticBundle, 1));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_holds_exactly_the_published_snapshots_and_all_verify()
    {
        Assert.Equal(PublishedNames().Append(SyntheticBundle).Order(StringComparer.Ordinal), Catalog.List().Select(m => m.Name));
        Assert.All(Catalog.Verify(), check => Assert.True(check.Passed, check.Problem));
    }

    private const string SyntheticBundle = "synthetic-fhir-vitals";

    private static IEnumerable<string> PublishedNames() => Published().Select(row => (string)row[0]!);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_manifest_states_units_meanings_and_provenance(string name)
    {
        var manifest = Catalog.Open(name, 1).Manifest;

        Assert.All(
            [manifest.Title, manifest.Description, manifest.MissingValues, manifest.Source, manifest.ExportedFrom, manifest.Citation, manifest.License],
            text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.All(manifest.Columns, column => Assert.False(string.IsNullOrWhiteSpace(column.Description), column.Name));
        Assert.All(manifest.Columns.Where(c => c.Unit is not null), column => Assert.Matches(@"^\S+$", column.Unit));
    }

    [Fact]
    public void Pima_version_1_keeps_the_published_zeros_which_cleaning_later_declares_missing()
    {
        var data = Catalog.Open("pima-diabetes", 1).Data;

        Assert.Equal(148, data["glucose"][0]);
        Assert.Equal(0, data["insulin"][0]);
        Assert.Equal(374, ((Int32DataFrameColumn)data["insulin"]).ElementwiseEquals(0).Count(isZero => isZero == true));
        Assert.Equal(0, data["glucose"].NullCount);
        Assert.Equal("pos", data["diabetes"][0]);
    }

    [Fact]
    public void Mayo_pbc_empty_fields_are_missing_values()
    {
        var data = Catalog.Open("mayo-pbc", 1).Data;

        Assert.Equal(106, data["trt"].NullCount);
        Assert.Null(data["trt"][312]);
        Assert.Equal(0.7, data["bili"][312]);
        Assert.Equal(1718.0, Convert.ToDouble(data["alk.phos"][0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Theophylline_has_twelve_subjects_with_eleven_samples_each()
    {
        var data = Catalog.Open("theophylline", 1).Data;
        var subjects = ((StringDataFrameColumn)data["Subject"]).GroupBy(s => s).ToList();

        Assert.Equal(12, subjects.Count);
        Assert.All(subjects, subject => Assert.Equal(11, subject.Count()));
        Assert.Equal(2.84, data["conc"][1]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Changing_one_byte_of_any_snapshot_makes_open_fail_naming_the_file_and_both_hashes(string name)
    {
        var manifest = Catalog.Open(name, 1).Manifest;
        using var folder = new TemporaryDataFolder();
        var path = Path.Combine(folder.CopyFromRepository(name, 1), manifest.File);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SnapshotHashMismatchException>(() => new SnapshotCatalog(folder.Root).Open(name, 1));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(manifest.Sha256, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Actual, error.Message, StringComparison.Ordinal);
        Assert.NotEqual(manifest.Sha256, error.Actual);
    }
}
