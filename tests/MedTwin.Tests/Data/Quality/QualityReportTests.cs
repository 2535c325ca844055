using System.Globalization;
using MedTwin.Data.Quality;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Quality;

public sealed class QualityReportTests
{
    private static DataFrame Frame() => new(
        new StringDataFrameColumn("outcome", ["yes", "no", "no", null, "no"]),
        new StringDataFrameColumn("sex", ["f", "m", "f", "f", null]),
        new DoubleDataFrameColumn("age", [25.0, 31.0, 47.5, 72.0, 29.5]),
        new Int32DataFrameColumn("score", new int?[] { -1, 3, null, 4, 5 }));

    private static QualityReportOptions Options() => new()
    {
        Outcome = "outcome",
        Subgroups = [SubgroupDefinition.Category("sex", ["f", "m", "x"]), SubgroupDefinition.Bands("age", [20, 30, 50])],
        Threshold = RepresentationThreshold.Count(2),
        MissingSentinels = [new MissingSentinel("score", -1)],
    };

    [Fact]
    public void A_missing_outcome_is_its_own_class()
    {
        var report = QualityReport.Build(Frame(), Options());

        Assert.Equal([new ClassCount("no", 3, 0.6), new ClassCount("yes", 1, 0.2), new ClassCount("(missing)", 1, 0.2)], report.ClassBalance);
    }

    [Fact]
    public void Empty_values_and_declared_sentinels_are_counted_apart()
    {
        var report = QualityReport.Build(Frame(), Options());

        Assert.Equal(new ColumnMissingness("score", 5, 2, 1, 1, 0.4), report.Missingness.Single(m => m.Column == "score"));
    }

    [Fact]
    public void Declared_levels_are_reported_even_when_empty_and_missing_values_form_their_own_group()
    {
        var report = QualityReport.Build(Frame(), Options());

        Assert.Equal(
            [new SubgroupSize("sex", "f", 3, 0.6, false), new SubgroupSize("sex", "m", 1, 0.2, true), new SubgroupSize("sex", "x", 0, 0, true), new SubgroupSize("sex", "(missing)", 1, 0.2, false)],
            report.SubgroupSizes.Where(s => s.Subgroup == "sex"));
    }

    [Fact]
    public void Rows_outside_the_bands_are_counted_and_warned_about_never_dropped()
    {
        var report = QualityReport.Build(Frame(), Options());

        Assert.Equal(
            [("[20, 30)", 2), ("[30, 50)", 2), ("(outside bands)", 1)],
            report.SubgroupSizes.Where(s => s.Subgroup == "age").Select(s => (s.Group, s.Count)));
        Assert.Contains(report.Warnings, w => w.Message == "Subgroup age: 1 row (20.0% of 5) outside the declared bands [20, 50).");
    }

    [Fact]
    public void Whole_number_bands_of_an_integer_column_read_as_closed_ranges()
    {
        var frame = new DataFrame(new StringDataFrameColumn("outcome", ["a", "b", "a"]), new Int32DataFrameColumn("age", [21, 30, 39]));
        var options = new QualityReportOptions { Outcome = "outcome", Subgroups = [SubgroupDefinition.Bands("age", [21, 30, 31, 40])] };

        var report = QualityReport.Build(frame, options);

        Assert.Equal([("21–29", 1), ("30", 1), ("31–39", 1)], report.SubgroupSizes.Select(s => (s.Group, s.Count)));
    }

    [Fact]
    public void Missingness_and_outcome_are_reported_within_each_group()
    {
        var report = QualityReport.Build(Frame(), Options());

        Assert.Equal(new SubgroupMissingness("sex", "f", "score", 3, 2, 2 / 3.0), report.SubgroupMissingness.Single(m => m is { Subgroup: "sex", Group: "f", Column: "score" }));
        Assert.Equal(new SubgroupMissingness("sex", "x", "score", 0, 0, 0), report.SubgroupMissingness.Single(m => m is { Subgroup: "sex", Group: "x", Column: "score" }));
        Assert.Equal(
            [("no", 1), ("yes", 1), ("(missing)", 1)],
            report.SubgroupOutcomes.Where(o => o is { Subgroup: "sex", Group: "f" }).Select(o => (o.Level, o.Count)));
    }

    [Fact]
    public void The_text_report_is_aligned_and_culture_invariant()
    {
        var expected = """
            Quality report: 5 rows, 4 columns; outcome 'outcome'; threshold: minimum count 2
            Declared 'not measured' (counted as missing, data unchanged): -1 in score

            Class balance of 'outcome'
              class      count  share
              no             3  60.0%
              yes            1  20.0%
              (missing)      1  20.0%

            Missing values per column
              column   missing  empty  sentinel  share
              outcome        1      1         0  20.0%
              sex            1      1         0  20.0%
              age            0      0         0   0.0%
              score          2      1         1  40.0%

            Subgroups by sex: categories of 'sex'
              group      count  share  outcome no  outcome yes  outcome (missing)  below threshold
              f              3  60.0%   1 (33.3%)    1 (33.3%)          1 (33.3%)
              m              1  20.0%  1 (100.0%)     0 (0.0%)           0 (0.0%)              yes
              x              0   0.0%    0 (0.0%)     0 (0.0%)           0 (0.0%)              yes
              (missing)      1  20.0%  1 (100.0%)     0 (0.0%)           0 (0.0%)

            Missing values by sex (columns with any missing)
              group        outcome         sex      score
              f          1 (33.3%)    0 (0.0%)  2 (66.7%)
              m           0 (0.0%)    0 (0.0%)   0 (0.0%)
              x           0 (0.0%)    0 (0.0%)   0 (0.0%)
              (missing)   0 (0.0%)  1 (100.0%)   0 (0.0%)

            Subgroups by age: bands of 'age' at 20, 30, 50
              group            count  share  outcome no  outcome yes  outcome (missing)  below threshold
              [20, 30)             2  40.0%   1 (50.0%)    1 (50.0%)           0 (0.0%)
              [30, 50)             2  40.0%  2 (100.0%)     0 (0.0%)           0 (0.0%)
              (outside bands)      1  20.0%    0 (0.0%)     0 (0.0%)         1 (100.0%)

            Missing values by age (columns with any missing)
              group               outcome        sex      score
              [20, 30)           0 (0.0%)  1 (50.0%)  1 (50.0%)
              [30, 50)           0 (0.0%)   0 (0.0%)  1 (50.0%)
              (outside bands)  1 (100.0%)   0 (0.0%)   0 (0.0%)

            Warnings (3)
              - Subgroup sex m has 1 row (20.0% of 5), below the declared minimum count 2.
              - Subgroup sex x has 0 rows (0.0% of 5), below the declared minimum count 2.
              - Subgroup age: 1 row (20.0% of 5) outside the declared bands [20, 50).

            """;

        var report = QualityReport.Build(Frame(), Options()).ToText();

        Assert.Equal(expected.ReplaceLineEndings("\n"), report);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(report, QualityReport.Build(Frame(), Options()).ToText());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
