using MedTwin.Data.Quality;
using MedTwin.Data.Snapshots;
using MedTwin.Tests.Support;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Quality;

public sealed class PimaQualityReportTests
{
    private static readonly double[] AgeEdges = [21, 30, 40, 50, 60, 70, 90];
    private static readonly string[] ZeroMeansNotMeasured = ["glucose", "pressure", "triceps", "insulin", "mass"];

    private static DataFrame Pima() => new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data;

    private static QualityReportOptions Options(RepresentationThreshold? threshold = null, bool zerosMissing = true) => new()
    {
        Outcome = "diabetes",
        Subgroups = [SubgroupDefinition.Bands("age", AgeEdges), SubgroupDefinition.Category("diabetes", name: "outcome")],
        Threshold = threshold ?? RepresentationThreshold.Share(0.05),
        MissingSentinels = zerosMissing ? [.. ZeroMeansNotMeasured.Select(c => new MissingSentinel(c, 0))] : [],
    };

    [Fact]
    public void The_class_balance_of_Pima_is_500_negative_and_268_positive()
    {
        var report = QualityReport.Build(Pima(), Options());

        Assert.Equal(
            [new ClassCount("neg", 500, 500 / 768.0), new ClassCount("pos", 268, 268 / 768.0)],
            report.ClassBalance);
    }

    [Fact]
    public void With_zeros_declared_missing_the_counts_are_those_the_snapshot_documents()
    {
        var report = QualityReport.Build(Pima(), Options());

        var missing = report.Missingness.ToDictionary(m => m.Column, m => m.Missing);
        Assert.Equal(5, missing["glucose"]);
        Assert.Equal(35, missing["pressure"]);
        Assert.Equal(227, missing["triceps"]);
        Assert.Equal(374, missing["insulin"]);
        Assert.Equal(11, missing["mass"]);
        Assert.Equal(0, missing["pregnant"]);
        Assert.Equal(0, missing["age"]);
        Assert.All(report.Missingness, m => Assert.Equal(0, m.Empty));
        Assert.Equal(new ColumnMissingness("insulin", 768, 374, 0, 374, 374 / 768.0), report.Missingness.Single(m => m.Column == "insulin"));
    }

    [Fact]
    public void Declaring_zeros_missing_does_not_change_the_data()
    {
        var data = Pima();

        QualityReport.Build(data, Options());

        var glucose = (Int32DataFrameColumn)data.Columns["glucose"];
        Assert.Equal(5, glucose.Count(v => v == 0));
        Assert.Equal(0, glucose.NullCount);
    }

    [Fact]
    public void Without_declared_sentinels_no_value_of_Pima_is_missing()
    {
        var report = QualityReport.Build(Pima(), Options(zerosMissing: false));

        Assert.All(report.Missingness, m => Assert.Equal(0, m.Missing));
    }

    [Fact]
    public void Age_band_sizes_match_a_count_made_directly_from_the_age_column()
    {
        var ages = ((Int32DataFrameColumn)Pima().Columns["age"]).Select(a => a!.Value).ToList();
        var expected = new List<(string, int)>();
        for (var i = 0; i + 1 < AgeEdges.Length; i++)
        {
            var (lower, upper) = ((int)AgeEdges[i], (int)AgeEdges[i + 1]);
            expected.Add(($"{lower}–{upper - 1}", ages.Count(a => a >= lower && a < upper)));
        }

        var report = QualityReport.Build(Pima(), Options());

        var sizes = report.SubgroupSizes.Where(s => s.Subgroup == "age").Select(s => (s.Group, s.Count)).ToList();
        Assert.Equal(expected, sizes);
        Assert.Equal(768, sizes.Sum(s => s.Count));
    }

    [Fact]
    public void A_band_below_the_minimum_share_gets_a_warning_naming_it_its_size_and_the_threshold()
    {
        var ages = ((Int32DataFrameColumn)Pima().Columns["age"]).Select(a => a!.Value).ToList();
        var sixties = ages.Count(a => a is >= 60 and < 70);
        var seventies = ages.Count(a => a is >= 70 and < 90);
        Assert.True(sixties < 0.05 * 768 && seventies < 0.05 * 768, "The test expects two small bands in Pima.");

        var report = QualityReport.Build(Pima(), Options());

        Assert.Equal(["age 60–69", "age 70–89"], report.Warnings.Select(w => w.Subject));
        Assert.Equal(
            $"Subgroup age 60–69 has {sixties} rows ({sixties * 100.0 / 768:0.0}% of 768), below the declared minimum share 5.0%.",
            report.Warnings[0].Message);
        Assert.Equal([false, false, false, false, true, true], report.SubgroupSizes.Where(s => s.Subgroup == "age").Select(s => s.BelowThreshold));
    }

    [Fact]
    public void A_minimum_count_threshold_warns_for_bands_with_fewer_rows()
    {
        var report = QualityReport.Build(Pima(), Options(RepresentationThreshold.Count(4)));

        var warning = Assert.Single(report.Warnings);
        Assert.Equal("age 70–89", warning.Subject);
        Assert.EndsWith("below the declared minimum count 4.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missingness_per_subgroup_adds_up_to_the_column_total()
    {
        var report = QualityReport.Build(Pima(), Options());

        foreach (var column in ZeroMeansNotMeasured)
        {
            var total = report.Missingness.Single(m => m.Column == column).Missing;
            Assert.Equal(total, report.SubgroupMissingness.Where(m => m.Subgroup == "age" && m.Column == column).Sum(m => m.Missing));
            Assert.Equal(total, report.SubgroupMissingness.Where(m => m.Subgroup == "outcome" && m.Column == column).Sum(m => m.Missing));
        }
    }

    [Fact]
    public void The_outcome_within_each_outcome_group_is_all_of_one_class()
    {
        var report = QualityReport.Build(Pima(), Options());

        var outcomes = report.SubgroupOutcomes.Where(o => o.Subgroup == "outcome").Select(o => (o.Group, o.Level, o.Count)).ToList();
        Assert.Equal([("neg", "neg", 500), ("neg", "pos", 0), ("pos", "neg", 0), ("pos", "pos", 268)], outcomes);
    }

    [Fact]
    public void The_text_report_names_every_section_and_reads_the_same_twice()
    {
        var text = QualityReport.Build(Pima(), Options()).ToText();

        Assert.StartsWith("Quality report: 768 rows, 9 columns; outcome 'diabetes'; threshold: minimum share 5.0%\n", text, StringComparison.Ordinal);
        Assert.Contains("Declared 'not measured' (counted as missing, data unchanged): 0 in glucose, pressure, triceps, insulin, mass\n", text, StringComparison.Ordinal);
        Assert.Contains("  insulin       374      0       374  48.7%\n", text, StringComparison.Ordinal);
        Assert.Contains("\nWarnings (2)\n", text, StringComparison.Ordinal);
        Assert.Equal(text, QualityReport.Build(Pima(), Options()).ToText());
    }
}
