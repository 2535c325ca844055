using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Notebooks.Tests.Verification;

public sealed class OutputComparerTests
{
    private static readonly OutputComparer Exact = new(VerificationSettings.Default);

    private static OutputComparer WithTolerance(double relative, double absolute) => new(new VerificationSettings(tolerance: new NumericTolerance(relative, absolute)));

    [Fact]
    public void A_png_the_study_draws_beside_its_plotly_figure_is_compared_but_one_only_a_front_end_added_is_not()
    {
        static DisplayDataOutput Chart(params byte[] png)
        {
            var bundle = new MimeBundle().SetJson("application/vnd.plotly.v1+json", JsonNode.Parse("{\"data\":[],\"layout\":{}}")!);
            return new DisplayDataOutput(png.Length == 0 ? bundle : bundle.SetText("image/png", Convert.ToBase64String(png)));
        }

        Assert.False(Exact.Compare([Chart(1, 2, 3)], [Chart(4, 5, 6)]).IsMatch);
        Assert.True(Exact.Compare([Chart(1, 2, 3)], [Chart(1, 2, 3)]).IsMatch);
        Assert.True(Exact.Compare([Chart(1, 2, 3)], [Chart()]).IsMatch);
        Assert.True(Exact.Compare([Chart(), Chart(1, 2, 3)], [Chart(), Chart()]).IsMatch);
        Assert.False(Exact.Compare([Chart(), Chart(1, 2, 3)], [Chart(), Chart(7)]).IsMatch);
    }

    [Fact]
    public void Equal_outputs_match_with_no_diff()
    {
        var comparison = Exact.Compare([new StreamOutput("stdout", "a\n")], [new StreamOutput("stdout", "a\n")]);

        Assert.True(comparison.IsMatch);
        Assert.Equal("", comparison.Diff);
        Assert.Equal("[stdout]\na\n", comparison.ReceivedText);
    }

    [Fact]
    public void A_changed_output_is_a_mismatch_with_a_unified_diff()
    {
        var committed = new NotebookOutput[]
        {
            new StreamOutput("stdout", "patients: 299\ndeaths: 96\nmean age: 60.8\nfemale: 105\nsmokers: 96\n"),
            new ExecuteResultOutput(1, new MimeBundle().SetText("text/plain", "AUC 0.81")),
        };
        var received = new NotebookOutput[]
        {
            new StreamOutput("stdout", "patients: 299\ndeaths: 96\nmean age: 60.9\nfemale: 105\nsmokers: 96\n"),
            new ExecuteResultOutput(2, new MimeBundle().SetText("text/plain", "AUC 0.81")),
        };

        var comparison = Exact.Compare(committed, received, "committed cell 3", "received cell 3");

        Assert.False(comparison.IsMatch);
        Assert.Equal(
            """
            --- committed cell 3
            +++ received cell 3
            @@ -1,7 +1,7 @@
             [stdout]
             patients: 299
             deaths: 96
            -mean age: 60.8
            +mean age: 60.9
             female: 105
             smokers: 96
             [execute_result text/plain]

            """.ReplaceLineEndings("\n"),
            comparison.Diff);
    }

    [Fact]
    public void Outputs_that_differ_only_in_what_is_scrubbed_match()
    {
        var committed = new StreamOutput("stdout", "run 3f2504e0-4f89-11d3-9a0c-0305e82c3301 wrote /tmp/a/out.csv at 2024-01-15T10:30:45Z, took 1.2 s\n");
        var received = new StreamOutput("stdout", "run 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d wrote /home/ci/b/out.csv at 2026-03-02T08:00:00Z, took 0.9 s\n");

        var comparison = Exact.Compare([committed], [received]);

        Assert.True(comparison.IsMatch);
        Assert.Equal("[stdout]\nrun {guid} wrote {path} at {timestamp}, took {duration}\n", comparison.CommittedText);
    }

    [Fact]
    public void Numbers_are_compared_exactly_by_default()
    {
        Assert.False(Exact.CompareText("x = 0.1000000000\n", "x = 0.1000000001\n").IsMatch);
        Assert.False(Exact.CompareText("x = 1.50\n", "x = 1.5\n").IsMatch);
    }

    [Fact]
    public void Numbers_within_the_tolerance_match()
    {
        var comparer = WithTolerance(1e-9, 0);

        Assert.True(comparer.CompareText("mean 60.80000000001, sd -1.2e-3 (n=299)\n", "mean 60.80000000002, sd -1.2000000001e-3 (n=299)\n").IsMatch);
        Assert.True(comparer.CompareText("x = 1.50\n", "x = 1.5\n").IsMatch);
        Assert.True(WithTolerance(0, 0.01).CompareText("AUC 0.811", "AUC 0.815").IsMatch);
    }

    [Fact]
    public void Numbers_outside_the_tolerance_are_a_mismatch_whose_diff_shows_only_them()
    {
        var comparer = WithTolerance(1e-6, 0);

        var comparison = comparer.CompareText("a 1.0000000001\nb 2.5\n", "a 1.0000000002\nb 2.6\n");

        Assert.False(comparison.IsMatch);
        Assert.Equal("--- committed\n+++ received\n@@ -1,2 +1,2 @@\n a 1.0000000001\n-b 2.5\n+b 2.6\n", comparison.Diff);
    }

    [Theory]
    [InlineData("mean 60.8 years", "mean 60.8 yrs")]
    [InlineData("values 1 2 3", "values 1 2 3 4")]
    [InlineData("value 1", "value: 1")]
    [InlineData("v1.2.3", "v1.2.4")]
    [InlineData("hash 3fa9", "hash 3fa8")]
    [InlineData("12px", "13px")]
    public void Different_text_between_numbers_is_a_mismatch_whatever_the_tolerance(string committed, string received)
    {
        Assert.False(WithTolerance(0.5, 1).CompareText(committed, received).IsMatch);
    }

    [Fact]
    public void Line_breaks_are_compared_as_line_feeds()
    {
        Assert.True(Exact.CompareText("a\r\nb\r\n", "a\nb\n").IsMatch);
    }

    [Fact]
    public void A_tolerance_accepts_numbers_within_absolute_plus_relative_times_the_larger_magnitude()
    {
        var tolerance = new NumericTolerance(0.1, 1);

        Assert.True(tolerance.Accepts(10, 12));
        Assert.False(tolerance.Accepts(10, 12.3));
        Assert.True(NumericTolerance.Exact.Accepts(0.5, 0.5));
        Assert.False(NumericTolerance.Exact.Accepts(0.5, 0.5000001));
    }
}
