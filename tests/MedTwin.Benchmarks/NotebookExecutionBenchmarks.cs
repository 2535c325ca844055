using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Benchmarks;

/// <summary>
/// The notebook kernel in-process, with Roslyn already warm: <c>Cells=1</c> is the first cell of a fresh session
/// (a new runner and session each invocation, as <c>medtwin run</c> makes one per notebook); the "Per extra cell"
/// column is the overhead of one more trivial cell, (Mean(Cells=N) - Mean(Cells=1)) / (N - 1).
/// Cold start from a fresh process, and the Jupyter peer, are timed by <c>Peers/kernel_startup.sh</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Settings))]
public class NotebookExecutionBenchmarks
{
    private NotebookDocument notebook = NotebookDocument.CreateCSharp();
    private RunOptions options = new() { BaseDirectory = AppContext.BaseDirectory };

    /// <summary>Code cells in the notebook: 1, or 1 followed by 20 trivial ones.</summary>
    [Params(1, 21)]
    public int Cells { get; set; }

    /// <summary>Builds the notebook once; every run replaces its outputs, so each invocation does the same work.</summary>
    [GlobalSetup]
    public void BuildNotebook()
    {
        notebook = NotebookDocument.CreateCSharp();
        foreach (var source in TrivialCells(Cells))
        {
            notebook.AppendCell(NotebookCellKind.Code, source);
        }

        options = new RunOptions { BaseDirectory = AppContext.BaseDirectory, CellTimeout = TimeSpan.FromMinutes(1) };
    }

    /// <summary>Runs the whole notebook in a new session; fails loudly if a cell did not succeed.</summary>
    [Benchmark(Description = "run trivial C# notebook")]
    public async Task<int> Run()
    {
        var result = await NotebookRunner.RunAsync(notebook, "benchmark.ipynb", options);
        return result.Succeeded ? result.Cells.Count : throw new InvalidOperationException("A trivial cell failed.");
    }

    /// <summary>
    /// <c>1</c>, then alternately <c>var xK = K;</c> (no result) and <c>xK</c> (a displayed result) — the same cells
    /// <c>Peers/kernel_startup.sh</c> writes, in Python, for the peer.
    /// </summary>
    public static IEnumerable<string> TrivialCells(int count) => Enumerable.Range(1, count).Select(k =>
        k == 1 ? "1" : k % 2 == 0 ? $"var x{k} = {k};" : $"x{k - 1}");

    /// <summary>A short job, plus the per-cell column. Roslyn tiers up slowly, so warm-up is long; each submission loads an assembly the process keeps, so iterations are few.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(20).WithIterationCount(15));
            AddColumn(new PerExtraCellColumn());
        }
    }

    /// <summary>(Mean(N cells) - Mean(1 cell)) / (N - 1): what one more trivial cell costs once the session exists.</summary>
    private sealed class PerExtraCellColumn() : DerivedColumn(
        "Per extra cell",
        UnitType.Time,
        "(Mean(Cells=N) - Mean(Cells=1)) / (N - 1): the overhead of one more trivial cell in a running session")
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var cells = CellsOf(benchmarkCase);
            var first = summary.BenchmarksCases.FirstOrDefault(c =>
                c.Descriptor == benchmarkCase.Descriptor && c.Job == benchmarkCase.Job && CellsOf(c) == 1);
            if (cells <= 1 || first is null
                || summary[benchmarkCase]?.ResultStatistics is not { } many || summary[first]?.ResultStatistics is not { } one)
            {
                return "-";
            }

            var nanoseconds = (many.Mean - one.Mean) / (cells - 1);
            return (nanoseconds / 1e6).ToString("0.000 'ms'", CultureInfo.InvariantCulture);
        }

        private static int CellsOf(BenchmarkCase benchmarkCase) => benchmarkCase.Parameters[nameof(Cells)] is int n ? n : 0;
    }
}
