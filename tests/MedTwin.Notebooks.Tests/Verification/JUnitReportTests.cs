using System.Xml.Linq;
using MedTwin.Notebooks.Verification;
using MedTwin.Notebooks.Tests.Support;

namespace MedTwin.Notebooks.Tests.Verification;

public sealed class JUnitReportTests
{
    private static readonly NotebookVerification Verified = new(
        "notebooks/01-glucose.ipynb",
        new NotebookComparisonResult(
            [
                new CellVerification(2, "csharp", CellVerificationStatus.Match, "The outputs of cell 2 match the committed ones.", ""),
                new CellVerification(4, "csharp", CellVerificationStatus.Match, "The outputs of cell 4 match the committed ones.", ""),
            ],
            null,
            []),
        new Dictionary<int, TimeSpan> { [2] = TimeSpan.FromMilliseconds(1234.5), [4] = TimeSpan.FromSeconds(2) });

    private static readonly NotebookVerification Failed = new(
        @"notebooks\02-sepsis.ipynb",
        new NotebookComparisonResult(
            [
                new CellVerification(1, "csharp", CellVerificationStatus.Mismatch, "The outputs of cell 1 differ from the committed ones.", "--- committed cell 1\n+++ received cell 1\n@@ -1,1 +1,1 @@\n-\u001b[31m<b>1</b>\n+2\n"),
                new CellVerification(2, "csharp", CellVerificationStatus.NotRun, "Cell 2 was not run, so its outputs are not verified.", ""),
                new CellVerification(3, "csharp", CellVerificationStatus.CodeChanged, "The notebook's code changed: cell 3 is not the cell that was committed.", "--- a\n+++ b\n"),
            ],
            null,
            ["The MedTwin version differs (medtwin.manifest.medtwinVersion): committed \"0.1.0\", received \"0.2.0\"."]),
        new Dictionary<int, TimeSpan> { [1] = TimeSpan.FromMilliseconds(5) });

    private static readonly NotebookVerification Unreadable = new("notebooks/03-broken.ipynb", "'notebooks/03-broken.ipynb': line 3, byte 7: expected ','.");

    [Fact]
    public void The_report_is_well_formed_UTF_8_with_a_suite_per_notebook_and_a_case_per_cell()
    {
        var xml = JUnitReport.ToXml([Verified, Failed, Unreadable]);

        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites name=\"medtwin verify\" tests=\"8\" failures=\"3\" errors=\"1\" skipped=\"1\" time=\"3.240\">", xml.Split("\n  <testsuite ")[0]);
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal(
            ["notebooks/01-glucose.ipynb", "notebooks/02-sepsis.ipynb", "notebooks/03-broken.ipynb"],
            root.Elements("testsuite").Select(suite => (string)suite.Attribute("name")!));
        var glucose = root.Elements("testsuite").First();
        Assert.Equal(("3", "0", "0", "0", "3.235"), ((string)glucose.Attribute("tests")!, (string)glucose.Attribute("failures")!, (string)glucose.Attribute("errors")!, (string)glucose.Attribute("skipped")!, (string)glucose.Attribute("time")!));
        Assert.Equal(
            [("cell 2", "notebooks/01-glucose.ipynb", "1.235"), ("cell 4", "notebooks/01-glucose.ipynb", "2.000"), ("run manifest", "notebooks/01-glucose.ipynb", "0.000")],
            glucose.Elements("testcase").Select(c => ((string)c.Attribute("name")!, (string)c.Attribute("classname")!, (string)c.Attribute("time")!)));
        Assert.All(glucose.Elements("testcase"), c => Assert.Empty(c.Elements()));
    }

    [Fact]
    public void A_mismatch_is_a_failure_carrying_the_diff_and_a_cell_not_run_is_skipped()
    {
        var sepsis = XDocument.Parse(JUnitReport.ToXml([Failed])).Root!.Element("testsuite")!;
        var cases = sepsis.Elements("testcase").ToDictionary(c => (string)c.Attribute("name")!);

        var mismatch = cases["cell 1"].Element("failure")!;
        Assert.Equal("The outputs of cell 1 differ from the committed ones.", (string)mismatch.Attribute("message")!);
        Assert.Equal("mismatch", (string)mismatch.Attribute("type")!);
        Assert.Equal("--- committed cell 1\n+++ received cell 1\n@@ -1,1 +1,1 @@\n-\\u001B[31m<b>1</b>\n+2\n", mismatch.Value);
        Assert.Equal("Cell 2 was not run, so its outputs are not verified.", (string)cases["cell 2"].Element("skipped")!.Attribute("message")!);
        Assert.Equal("code-changed", (string)cases["cell 3"].Element("failure")!.Attribute("type")!);
        var manifest = cases["run manifest"].Element("failure")!;
        Assert.Equal("manifest", (string)manifest.Attribute("type")!);
        Assert.Equal("The MedTwin version differs (medtwin.manifest.medtwinVersion): committed \"0.1.0\", received \"0.2.0\".\n", manifest.Value);
    }

    [Fact]
    public void A_notebook_that_could_not_be_verified_is_an_error()
    {
        var broken = XDocument.Parse(JUnitReport.ToXml([Unreadable])).Root!.Element("testsuite")!;

        var error = Assert.Single(broken.Elements("testcase")).Element("error")!;
        Assert.Equal("'notebooks/03-broken.ipynb': line 3, byte 7: expected ','.", (string)error.Attribute("message")!);
    }

    [Fact]
    public void A_notebook_whose_cells_changed_is_one_failed_notebook_case()
    {
        var changed = new NotebookVerification("a.ipynb", new NotebookComparisonResult([], "The notebook's code changed: the committed notebook has 3 cells, the received one 4.", []));

        var cases = XDocument.Parse(JUnitReport.ToXml([changed])).Root!.Element("testsuite")!.Elements("testcase").ToList();

        Assert.Equal(["notebook", "run manifest"], cases.Select(c => (string)c.Attribute("name")!));
        Assert.Equal("code-changed", (string)cases[0].Element("failure")!.Attribute("type")!);
    }

    [Fact]
    public void The_same_results_give_the_same_bytes_and_the_file_has_no_byte_order_mark()
    {
        using var folder = new TemporaryFolder();
        var path = folder.PathOf("junit.xml");

        JUnitReport.WriteFile(path, [Verified, Failed]);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal(JUnitReport.ToXml([Verified, Failed]), System.Text.Encoding.UTF8.GetString(bytes));
    }
}
