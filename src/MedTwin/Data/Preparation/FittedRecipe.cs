using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>A recipe whose steps have learnt what they need from training rows, ready to apply to any frame.</summary>
public sealed class FittedRecipe
{
    private readonly IReadOnlyDictionary<string, string> unitsAfter;

    internal FittedRecipe(PreparationRecipe recipe, IReadOnlyList<FittedStep> steps, long trainingRows, IReadOnlyDictionary<string, string> unitsAfter)
    {
        Recipe = recipe;
        Steps = steps;
        TrainingRows = trainingRows;
        this.unitsAfter = unitsAfter;
    }

    /// <summary>The declared recipe.</summary>
    public PreparationRecipe Recipe { get; }

    /// <summary>The fitted steps, in order, with what each learnt.</summary>
    public IReadOnlyList<FittedStep> Steps { get; }

    /// <summary>How many rows the recipe was fitted on.</summary>
    public long TrainingRows { get; }

    /// <summary>Applies every step in order to a copy of the frame; the frame itself is never changed.</summary>
    /// <exception cref="PreparationException">A step does not suit the frame; the message names step, column and row.</exception>
    public PreparationResult Apply(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var reports = new List<StepReport>();
        var current = frame;
        var rowIds = PreparationRecipe.RowIds(frame);
        for (var i = 0; i < Steps.Count; i++)
        {
            try
            {
                (current, var report, rowIds) = StepRunner.Run(Steps[i], current, i + 1, rowIds);
                reports.Add(report);
            }
            catch (PreparationException e) when (e.Position is null)
            {
                throw e.AtPosition(i + 1);
            }
        }

        // A recipe without steps still returns a copy, never the caller's frame.
        var data = Steps.Count == 0 ? frame.Clone() : current;
        return new PreparationResult(
            data,
            new PreparationReport { Recipe = Recipe.Name, RowsBefore = frame.Rows.Count, RowsAfter = data.Rows.Count, Steps = reports })
        {
            Units = ColumnUnits.Present(data, unitsAfter),
        };
    }
}
