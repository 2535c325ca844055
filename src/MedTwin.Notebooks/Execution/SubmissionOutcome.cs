using Microsoft.CodeAnalysis;

namespace MedTwin.Notebooks.Execution;

/// <summary>How one cell's submission to the C# session ended.</summary>
public abstract record SubmissionOutcome
{
    private SubmissionOutcome()
    {
    }

    /// <summary>The cell ran to its end; <see cref="HasValue"/> when it ended in an expression with a value.</summary>
    public sealed record Completed(bool HasValue, object? Value) : SubmissionOutcome;

    /// <summary>The cell did not compile; nothing of it ran.</summary>
    public sealed record CompilationFailed(IReadOnlyList<Diagnostic> Errors) : SubmissionOutcome;

    /// <summary>The cell threw.</summary>
    public sealed record Threw(Exception Exception) : SubmissionOutcome;

    /// <summary>The cell ran past its time limit and was abandoned.</summary>
    public sealed record TimedOut(TimeSpan Limit) : SubmissionOutcome;

    /// <summary>The cell was cancelled (interrupt) and abandoned.</summary>
    public sealed record Cancelled : SubmissionOutcome;
}
