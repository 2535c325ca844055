using MedTwin.Data.Quality;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Quality;

public sealed class QualityReportInputTests
{
    private static DataFrame Frame() => new(
        new StringDataFrameColumn("outcome", ["yes", "no", "no", null]),
        new StringDataFrameColumn("sex", ["f", "m", "f", "f"]),
        new DoubleDataFrameColumn("age", [25.0, 31.0, 47.5, 52.0]),
        new Int32DataFrameColumn("score", new int?[] { 0, 3, null, 4 }));

    private static string Error(DataFrame frame, QualityReportOptions options) =>
        Assert.Throws<ArgumentException>(() => QualityReport.Build(frame, options)).Message;

    [Fact]
    public void An_unknown_outcome_column_is_named_with_the_columns_there_are()
    {
        var message = Error(Frame(), new QualityReportOptions { Outcome = "diagnosis" });

        Assert.Contains("Outcome column 'diagnosis' is not in the frame; its columns are outcome, sex, age, score.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_subgroup_column_is_named()
    {
        var message = Error(Frame(), new QualityReportOptions { Outcome = "outcome", Subgroups = [SubgroupDefinition.Category("ethnicity")] });

        Assert.Contains("Subgroup column 'ethnicity' is not in the frame", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sentinel_column_is_named()
    {
        var message = Error(Frame(), new QualityReportOptions { Outcome = "outcome", MissingSentinels = [new MissingSentinel("glucose", 0)] });

        Assert.Contains("Sentinel column 'glucose' is not in the frame", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Banding_a_text_column_is_an_error_naming_the_column_and_its_type()
    {
        var message = Error(Frame(), new QualityReportOptions { Outcome = "outcome", Subgroups = [SubgroupDefinition.Bands("sex", [0, 1])] });

        Assert.Contains("Subgroup column 'sex' holds String values; bands need a numeric column.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentinel_for_a_text_column_is_an_error()
    {
        var message = Error(Frame(), new QualityReportOptions { Outcome = "outcome", MissingSentinels = [new MissingSentinel("sex", 0)] });

        Assert.Contains("Sentinel column 'sex' holds String values", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_without_rows_is_an_error()
    {
        var empty = new DataFrame(new StringDataFrameColumn("outcome", 0));

        var message = Error(empty, new QualityReportOptions { Outcome = "outcome" });

        Assert.Contains("The frame has 0 rows and 1 columns; a quality report needs data.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_all_missing_outcome_is_an_error_naming_it()
    {
        var frame = new DataFrame(new StringDataFrameColumn("outcome", [null, null]), new DoubleDataFrameColumn("age", [30.0, 40.0]));

        var message = Error(frame, new QualityReportOptions { Outcome = "outcome" });

        Assert.Contains("Outcome column 'outcome' is missing in all 2 rows (2 empty, 0 declared sentinels)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subgroup_column_missing_in_every_row_through_a_sentinel_is_an_error_naming_it()
    {
        var frame = new DataFrame(new StringDataFrameColumn("outcome", ["a", "b"]), new DoubleDataFrameColumn("age", [0.0, 0.0]));
        var options = new QualityReportOptions
        {
            Outcome = "outcome",
            Subgroups = [SubgroupDefinition.Bands("age", [20, 40])],
            MissingSentinels = [new MissingSentinel("age", 0)],
        };

        Assert.Contains("Subgroup column 'age' is missing in all 2 rows (0 empty, 2 declared sentinels)", Error(frame, options), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_all_missing_column_is_reported_with_a_warning()
    {
        var frame = new DataFrame(new StringDataFrameColumn("outcome", ["a", "b"]), new DoubleDataFrameColumn("hba1c", [null, double.NaN]));

        var report = QualityReport.Build(frame, new QualityReportOptions { Outcome = "outcome" });

        Assert.Equal(new ColumnMissingness("hba1c", 2, 2, 2, 0, 1.0), report.Missingness[1]);
        Assert.Equal(new QualityWarning("column hba1c", "Column 'hba1c' is missing in all 2 rows."), Assert.Single(report.Warnings));
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void A_non_finite_value_in_a_banded_column_is_an_error_naming_column_and_row(double value, string shown)
    {
        var frame = new DataFrame(new StringDataFrameColumn("outcome", ["a", "b"]), new DoubleDataFrameColumn("age", [30.0, value]));

        var message = Error(frame, new QualityReportOptions { Outcome = "outcome", Subgroups = [SubgroupDefinition.Bands("age", [20, 40])] });

        Assert.Contains($"Subgroup column 'age', row 2: the value is {shown}; bands need finite numbers", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 20.0, 40.0, 30.0 }, "edge 3 (30) does not exceed edge 2 (40)")]
    [InlineData(new[] { 20.0, 30.0, 30.0 }, "edge 3 (30) does not exceed edge 2 (30)")]
    public void Unsorted_or_overlapping_band_edges_are_an_error_naming_the_column(double[] edges, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => SubgroupDefinition.Bands("age", edges));

        Assert.Contains("Subgroup column 'age': band edges must be strictly increasing", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_finite_band_edge_is_an_error_naming_the_column()
    {
        var error = Assert.Throws<ArgumentException>(() => SubgroupDefinition.Bands("age", [20, double.PositiveInfinity]));

        Assert.Contains("Subgroup column 'age': band edge 2 is Infinity; edges must be finite numbers.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_band_edge_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => SubgroupDefinition.Bands("age", [20]));

        Assert.Contains("bands need at least two edges", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_declared_levels_is_an_error_naming_column_row_and_value()
    {
        var message = Error(Frame(), new QualityReportOptions { Outcome = "outcome", Subgroups = [SubgroupDefinition.Category("sex", ["f"])] });

        Assert.Contains("Subgroup column 'sex', row 2: the value 'm' is not one of the declared levels (f).", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_splits_with_the_same_name_are_an_error()
    {
        var options = new QualityReportOptions
        {
            Outcome = "outcome",
            Subgroups = [SubgroupDefinition.Bands("age", [20, 40, 60]), SubgroupDefinition.Bands("age", [20, 60])],
        };

        Assert.Contains("Two subgroup splits are named 'age'", Error(Frame(), options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_share_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationThreshold.Share(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationThreshold.Share(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationThreshold.Count(-1));
    }
}
