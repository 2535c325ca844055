using MedTwin.Notebooks.Verification;

namespace MedTwin.Notebooks.Tests.Verification;

public sealed class UnifiedDiffTests
{
    private static string Lines(int from, int to, Func<int, string>? line = null)
        => string.Concat(Enumerable.Range(from, to - from + 1).Select(i => (line ?? (n => $"line {n}"))(i) + "\n"));

    [Fact]
    public void Equal_texts_have_an_empty_diff()
    {
        Assert.Equal("", UnifiedDiff.Render("a\nb\n", "a\r\nb\r\n", "old", "new"));
    }

    [Fact]
    public void Distant_changes_are_separate_hunks_with_three_lines_of_context()
    {
        var before = Lines(1, 20);
        var after = before.Replace("line 5\n", "line five\n", StringComparison.Ordinal).Replace("line 17\n", "", StringComparison.Ordinal);

        Assert.Equal(
            """
            --- committed cell 3
            +++ received cell 3
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8
            @@ -14,7 +14,6 @@
             line 14
             line 15
             line 16
            -line 17
             line 18
             line 19
             line 20

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Render(before, after, "committed cell 3", "received cell 3"));
    }

    [Fact]
    public void Text_against_nothing_is_all_added_from_line_zero()
    {
        Assert.Equal("--- verified\n+++ received\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Render("", "a\nb\n", "verified", "received"));
        Assert.Equal("--- verified\n+++ received\n@@ -1,2 +0,0 @@\n-a\n-b\n", UnifiedDiff.Render("a\nb", "", "verified", "received"));
    }

    [Fact]
    public void A_missing_final_line_break_shows_as_a_removed_empty_line()
    {
        Assert.Equal("--- a\n+++ b\n@@ -1,2 +1,1 @@\n x\n-\n", UnifiedDiff.Render("x\n", "x", "a", "b"));
    }

    [Fact]
    public void Long_lines_are_cut_around_their_first_difference()
    {
        var before = "head\n" + new string('a', 5000) + "X" + new string('b', 5000) + "\ntail\n";
        var after = before.Replace("X", "Y", StringComparison.Ordinal) + new string('c', 600) + "\n";

        var window = new string('a', 125) + "{0}" + new string('b', 374);
        Assert.Equal(
            "--- a\n+++ b\n@@ -1,3 +1,4 @@\n head\n"
            + "-…[4875 characters] " + string.Format(System.Globalization.CultureInfo.InvariantCulture, window, "X") + " …[4626 more characters]\n"
            + "+…[4875 characters] " + string.Format(System.Globalization.CultureInfo.InvariantCulture, window, "Y") + " …[4626 more characters]\n"
            + " tail\n"
            + "+" + new string('c', 500) + " …[100 more characters]\n",
            UnifiedDiff.Render(before, after, "a", "b"));
    }
}
