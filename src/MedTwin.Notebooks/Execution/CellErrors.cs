using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace MedTwin.Notebooks.Execution;

/// <summary>Turns what went wrong in a cell into a Jupyter error whose traceback names cells and their lines.</summary>
public static partial class CellErrors
{
    /// <summary>The cell did not compile: one traceback line per error, e.g. <c>cell-3(2,5): error CS0103: ...</c>.</summary>
    public static CellError FromCompilation(IReadOnlyList<Diagnostic> errors)
    {
        var lines = errors.Select(d => d.ToString()).ToList();
        return new CellError("CompilationError", lines[0], lines);
    }

    /// <summary>
    /// The cell threw: the exception (and its inner exceptions) with only the frames of notebook cells, which carry
    /// cell-relative line numbers; framework frames are left out since they say nothing about the study.
    /// </summary>
    public static CellError FromException(Exception exception, string cellNamePrefix)
    {
        var traceback = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var prefix = current == exception ? string.Empty : " ---> ";
            traceback.Add($"{prefix}{current.GetType().FullName}: {current.Message}");
            traceback.AddRange(CellFrames(current, cellNamePrefix));
        }

        return new CellError(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, traceback);
    }

    /// <summary>A directive could not be honoured, or the cell is for a kernel MedTwin does not run.</summary>
    public static CellError FromMessage(string name, string message) => new(name, message, [$"{name}: {message}"]);

    /// <summary>The cell ran past its limit and was abandoned.</summary>
    public static CellError TimedOut(TimeSpan limit) => FromMessage(
        "CellTimeoutError",
        $"The cell ran longer than {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s and was abandoned; state it changed before that may remain.");

    /// <summary>The cell was interrupted and abandoned.</summary>
    public static CellError Cancelled() => FromMessage(
        "CellCancelledError", "The cell was interrupted and abandoned; state it changed before that may remain.");

    private static IEnumerable<string> CellFrames(Exception exception, string cellNamePrefix) =>
        (exception.StackTrace ?? string.Empty)
            .Split('\n')
            .Select(line => CellFrame().Match(line.TrimEnd('\r')))
            .Where(frame => frame.Success && Path.GetFileName(frame.Groups["file"].Value).StartsWith(cellNamePrefix, StringComparison.Ordinal))
            .Select(frame => $"   at {Readable(frame.Groups["method"].Value)} in {Path.GetFileName(frame.Groups["file"].Value)}, line {frame.Groups["line"].Value}");

    // Roslyn names a cell's top-level code "Submission#N.<<Initialize>>d__0.MoveNext()" and its members "Submission#N.F()".
    private static string Readable(string method) =>
        method.Contains("<<Initialize>>", StringComparison.Ordinal) ? "<cell>" : SubmissionPrefix().Replace(method, string.Empty);

    [GeneratedRegex(@"^\s*at (?<method>.+) in (?<file>.+):line (?<line>\d+)$")]
    private static partial Regex CellFrame();

    [GeneratedRegex(@"^Submission#\d+\.")]
    private static partial Regex SubmissionPrefix();
}
