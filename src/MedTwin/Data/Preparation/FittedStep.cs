using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// A step ready to apply: for steps that learn from data (imputation, scaling, outlier fences, encoding levels, columns to
/// drop) it holds what was learnt from the training rows, and applies exactly that to any frame.
/// </summary>
public abstract class FittedStep
{
    private protected FittedStep(PreparationStep step) => Step = step;

    /// <summary>The declared step this was fitted from.</summary>
    public PreparationStep Step { get; }

    /// <summary>What the step learnt from its training rows; empty for steps that learn nothing.</summary>
    public virtual IReadOnlyList<LearntStatistic> Statistics => [];

    /// <summary>What the step does, in a sentence, with what it learnt.</summary>
    public abstract string Description { get; }

    /// <summary>Applies the step to a copy of the frame; the frame itself is never changed.</summary>
    /// <exception cref="PreparationException">The frame does not suit the step; the message names column and row.</exception>
    public PreparationResult Apply(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var rowIds = Enumerable.Range(0, checked((int)frame.Rows.Count)).Select(i => (long)i).ToArray();
        var (output, report, _) = StepRunner.Run(this, frame, position: 1, rowIds, alone: true);
        return new PreparationResult(output, new PreparationReport { RowsBefore = frame.Rows.Count, RowsAfter = output.Rows.Count, Steps = [report] });
    }

    /// <summary>Records the units of the columns the step converts or adds; a column the step drops loses its unit later.</summary>
    internal virtual void UpdateUnits(IDictionary<string, string> units)
    {
    }

    /// <summary>Returns a new frame; records every changed cell and removed row in <paramref name="context"/>.</summary>
    internal abstract DataFrame Transform(DataFrame frame, StepContext context);
}
