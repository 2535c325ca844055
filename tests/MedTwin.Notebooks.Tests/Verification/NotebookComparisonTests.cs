using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Verification;

namespace MedTwin.Notebooks.Tests.Verification;

public sealed class NotebookComparisonTests
{
    private const string Hash1 = "1111111111111111111111111111111111111111111111111111111111111111";
    private const string Hash2 = "2222222222222222222222222222222222222222222222222222222222222222";

    /// <summary>A study: a markdown cell, then two code cells printing <paramref name="mean"/> and the patient count.</summary>
    private static NotebookDocument Study(string mean = "60.8", string? manifest = null)
    {
        var notebook = NotebookDocument.CreateCSharp();
        notebook.AppendCell(NotebookCellKind.Markdown, "# Heart failure");
        notebook.AppendCell(NotebookCellKind.Code, "var data = study.Open(\"heart-failure\", 1);\ndata.RowCount")
            .SetOutputs([new ExecuteResultOutput(1, new MimeBundle().SetText("text/plain", "299"))], 1);
        notebook.AppendCell(NotebookCellKind.Code, "Console.WriteLine($\"mean age {data.Mean(\"age\")}\");")
            .SetOutputs([new StreamOutput("stdout", $"mean age {mean}\n")], 2);
        notebook.SetMetadata("medtwin", JsonNode.Parse(manifest ?? Manifest()));
        return notebook;
    }

    private static string Manifest(string version = "0.1.0", string hash = Hash1, string os = "Linux", string? extraSnapshot = null) => $$$"""
        {"manifest": {"clockStart": "2024-01-01T00:00:00.0000000+00:00", "medtwinCommit": "abc", "medtwinVersion": "{{{version}}}", "os": "{{{os}}}",
          "packages": [{"name": "X", "version": "1"}], "parameters": {}, "runtime": ".NET 10", "seed": 0,
          "snapshots": [{"name": "heart-failure", "sha256": "{{{hash}}}", "version": 1}{{{extraSnapshot}}}]}}
        """;

    private static NotebookComparisonResult Compare(NotebookDocument committed, NotebookDocument received)
        => NotebookComparison.Compare(committed, received, VerificationSettings.Default);

    [Fact]
    public void A_notebook_that_reruns_to_the_same_outputs_is_verified_cell_by_cell()
    {
        var result = Compare(Study(), Study());

        Assert.True(result.IsMatch);
        Assert.Null(result.StructureProblem);
        Assert.Empty(result.ManifestDifferences);
        Assert.Equal([(2, "csharp", CellVerificationStatus.Match), (3, "csharp", CellVerificationStatus.Match)], result.Cells.Select(c => (c.CellNumber, c.Kernel, c.Status)));
    }

    [Fact]
    public void A_changed_output_is_a_mismatch_of_its_cell_with_a_diff()
    {
        var result = Compare(Study(mean: "60.8"), Study(mean: "60.9"));

        Assert.False(result.IsMatch);
        var cell = Assert.Single(result.Cells, c => !c.IsMatch);
        Assert.Equal(CellVerificationStatus.Mismatch, cell.Status);
        Assert.Equal("The outputs of cell 3 differ from the committed ones.", cell.Message);
        Assert.Equal("--- committed cell 3\n+++ received cell 3\n@@ -1,2 +1,2 @@\n [stdout]\n-mean age 60.8\n+mean age 60.9\n", cell.Diff);
    }

    [Fact]
    public void A_difference_within_the_notebooks_tolerance_is_accepted()
    {
        var settings = new VerificationSettings(tolerance: new NumericTolerance(0.01, 0));

        Assert.True(NotebookComparison.Compare(Study(mean: "60.8"), Study(mean: "60.9"), settings).IsMatch);
    }

    [Fact]
    public void A_changed_cell_source_is_reported_as_a_code_change_with_the_source_diff()
    {
        var received = Study();
        received.Cells[2].Source = "Console.WriteLine($\"mean age {data.Median(\"age\")}\");";

        var result = Compare(Study(), received);

        Assert.False(result.IsMatch);
        var cell = Assert.Single(result.Cells, c => !c.IsMatch);
        Assert.Equal((3, CellVerificationStatus.CodeChanged), (cell.CellNumber, cell.Status));
        Assert.Equal("The notebook's code changed: cell 3 is not the cell that was committed.", cell.Message);
        Assert.Contains("-Console.WriteLine($\"mean age {data.Mean(\"age\")}\");\n+Console.WriteLine($\"mean age {data.Median(\"age\")}\");", cell.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_markdown_cell_is_a_code_change_too()
    {
        var received = Study();
        received.Cells[0].Source = "# Heart failure (revised)";

        var cell = Assert.Single(Compare(Study(), received).Cells, c => !c.IsMatch);

        Assert.Equal((1, "markdown", CellVerificationStatus.CodeChanged), (cell.CellNumber, cell.Kernel, cell.Status));
    }

    [Fact]
    public void A_cell_added_or_of_another_kind_is_a_structure_change_and_no_cell_is_compared()
    {
        var added = Study();
        added.AppendCell(NotebookCellKind.Code, "1 + 1");
        var result = Compare(Study(), added);

        Assert.False(result.IsMatch);
        Assert.Equal("The notebook's code changed: the committed notebook has 3 cells, the received one 4.", result.StructureProblem);
        Assert.Empty(result.Cells);

        var kinds = Study();
        kinds.RemoveCell(kinds.Cells[0]);
        kinds.InsertCell(0, NotebookCellKind.Raw, "# Heart failure");
        Assert.Equal("The notebook's code changed: cell 1 is a markdown cell in the committed notebook, a raw cell in the received one.", Compare(Study(), kinds).StructureProblem);
    }

    [Fact]
    public void A_cell_the_run_did_not_reach_is_not_run_and_not_verified()
    {
        var received = Study();
        received.Cells[2].SetOutputs([], executionCount: null);

        var result = Compare(Study(), received);

        Assert.False(result.IsMatch);
        var cell = result.Cells[1];
        Assert.Equal((3, CellVerificationStatus.NotRun, ""), (cell.CellNumber, cell.Status, cell.Diff));
        Assert.Equal("Cell 3 was not run, so its outputs are not verified.", cell.Message);
    }

    [Fact]
    public void A_different_MedTwin_version_in_the_manifest_is_a_difference()
    {
        var result = Compare(Study(), Study(manifest: Manifest(version: "0.2.0")));

        Assert.False(result.IsMatch);
        Assert.Equal(["The MedTwin version differs (medtwin.manifest.medtwinVersion): committed \"0.1.0\", received \"0.2.0\"."], result.ManifestDifferences);
        Assert.All(result.Cells, cell => Assert.True(cell.IsMatch));
    }

    [Fact]
    public void A_different_snapshot_hash_or_snapshot_set_in_the_manifest_is_a_difference()
    {
        Assert.Equal(
            [$"Snapshot 'heart-failure' version 1 has a different SHA-256: committed \"{Hash1}\", received \"{Hash2}\"."],
            Compare(Study(), Study(manifest: Manifest(hash: Hash2))).ManifestDifferences);

        var extra = $$""", {"name": "diabetes", "sha256": "{{Hash2}}", "version": 2}""";
        Assert.Equal(
            ["Snapshot 'diabetes' version 2 was opened by the received run but not by the committed one."],
            Compare(Study(), Study(manifest: Manifest(extraSnapshot: extra))).ManifestDifferences);
        Assert.Equal(
            ["Snapshot 'diabetes' version 2 was opened by the committed run but not by the received one."],
            Compare(Study(manifest: Manifest(extraSnapshot: extra)), Study()).ManifestDifferences);
    }

    [Fact]
    public void Other_manifest_keys_may_differ()
    {
        var received = Study(manifest: """
            {"manifest": {"clockStart": "2025-06-01T00:00:00.0000000+00:00", "medtwinCommit": "def", "medtwinVersion": "0.1.0", "os": "Windows",
              "packages": [], "parameters": {"n": "5"}, "runtime": ".NET 10.0.9", "seed": 42, "hostName": "ci-7",
              "snapshots": [{"name": "heart-failure", "sha256": "1111111111111111111111111111111111111111111111111111111111111111", "version": 1, "path": "/tmp/x"}]}}
            """);

        Assert.True(Compare(Study(), received).IsMatch);
    }

    [Fact]
    public void A_manifest_on_one_side_only_is_a_difference_and_none_on_either_side_is_not()
    {
        var bare = Study(manifest: "{}");

        Assert.Equal(
            ["The run manifest (metadata medtwin.manifest) of the committed notebook is missing, that of the received one present."],
            Compare(bare, Study()).ManifestDifferences);
        Assert.True(Compare(Study(manifest: "{}"), Study(manifest: "{}")).IsMatch);
    }
}
