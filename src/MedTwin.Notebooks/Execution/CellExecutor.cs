using Microsoft.CodeAnalysis;
using Plotly.NET;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// Runs C# cells one after another in one session, the same way for <c>medtwin run</c> and the Jupyter kernel:
/// directives and packages first, then the code, then the value of its last expression formatted as the result.
/// </summary>
internal sealed class CellExecutor
{
    private readonly string baseDirectory;
    private readonly CSharpSession session;
    private readonly NuGetPackageResolver packages;
    private readonly List<PackageRequest> restored = [];
    private readonly List<string> packageSources = [];

    public CellExecutor(string baseDirectory, NuGetPackageResolver? packages)
    {
        this.baseDirectory = baseDirectory;
        session = new CSharpSession(baseDirectory);
        this.packages = packages ?? NuGetPackageResolver.CreateDefault();
    }

    /// <summary>The packages cells asked for so far, in order, for the run manifest.</summary>
    public IReadOnlyList<PackageRequest> Restored => restored;

    /// <summary>
    /// Runs one cell, its outputs going to <paramref name="sink"/>; returns the error that ended it, if any.
    /// <paramref name="cellName"/> names the cell in compiler messages and tracebacks, <paramref name="cellLabel"/> in directive errors.
    /// </summary>
    public async Task<CellError?> RunAsync(
        string source, string cellName, string cellLabel, ICellOutputSink sink, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var cell = CellSource.Parse(source);
            await AddPackagesAsync(cell, cancellationToken);
            using var channel = CellOutputChannel.Open(sink);
            var outcome = await session.SubmitAsync(cell.Code, cellName, timeout, cancellationToken);
            if (outcome is SubmissionOutcome.Completed { HasValue: true } completed)
            {
                try
                {
                    var formatted = KernelFormatter.Format(completed.Value);
                    if (completed.Value is GenericChart)
                    {
                        // As plotly figures in IPython: a chart is displayed, not returned, so every front end
                        // meets it as one display_data whatever cell produced it.
                        sink.WriteDisplay(formatted);
                    }
                    else
                    {
                        sink.WriteResult(formatted);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Formatting runs the cell's own code (ToString, property getters, registered formatters).
                    return CellErrors.FromException(e, NotebookCellNames.Prefix);
                }
            }

            return outcome switch
            {
                SubmissionOutcome.Completed => null,
                SubmissionOutcome.CompilationFailed failed => CellErrors.FromCompilation(failed.Errors),
                SubmissionOutcome.Threw threw => CellErrors.FromException(threw.Exception, NotebookCellNames.Prefix),
                SubmissionOutcome.TimedOut timedOut => CellErrors.TimedOut(timedOut.Limit),
                _ => CellErrors.Cancelled(),
            };
        }
        catch (CellDirectiveException e)
        {
            return CellErrors.FromMessage("DirectiveError", $"{cellLabel}, {e.Message}");
        }
        catch (PackageRestoreException e)
        {
            return CellErrors.FromMessage("PackageRestoreError", e.Message);
        }
    }

    /// <summary>The compilation <paramref name="code"/> would get as the next cell, for completions and inspection; nothing runs.</summary>
    public Compilation Analyze(string code) => session.Analyze(code);

    private async Task AddPackagesAsync(CellSource source, CancellationToken cancellationToken)
    {
        packageSources.AddRange(source.PackageSources.Select(ResolveSource));
        var requests = new List<PackageRequest>();
        foreach (var request in source.Packages)
        {
            if (MedTwinPackage.Matches(request))
            {
                MedTwinPackage.CheckVersion(request);
                restored.Add(request);
            }
            else
            {
                requests.Add(request);
            }
        }

        if (requests.Count > 0)
        {
            session.AddReferences(await packages.ResolveAsync(requests, packageSources, cancellationToken));
            restored.AddRange(requests);
        }
    }

    private string ResolveSource(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile ? source : Path.GetFullPath(source, baseDirectory);
}
