using MedTwin.Data.Snapshots;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// An ordered list of declared steps that turns a data snapshot into the prepared frame, with a report of every change.
/// It serialises to JSON and back (<see cref="ToJson"/>, <see cref="FromJson"/>) so a study pins it beside its snapshot;
/// the same recipe on the same data gives byte-identical output.
/// </summary>
/// <example>
/// <code>
/// var recipe = new PreparationRecipe
/// {
///     Name = "pima-clean",
///     Steps = [new DeclareMissing { Columns = ["glucose", "insulin"], Values = [0] }, new Impute { Columns = ["glucose", "insulin"], Method = ImputeMethod.Median }],
/// };
/// var (prepared, report) = recipe.Fit(training).Apply(test);
/// </code>
/// </example>
public sealed record PreparationRecipe
{
    /// <summary>A short name for the recipe, shown in its report.</summary>
    public string? Name { get; init; }

    /// <summary>What the recipe is for.</summary>
    public string? Description { get; init; }

    /// <summary>The steps, applied in order.</summary>
    public required IReadOnlyList<PreparationStep> Steps { get; init; }

    /// <summary>
    /// Fits each step in turn on the training rows as the earlier steps leave them. Inside model validation fit on the
    /// training rows only, then apply the fitted recipe to the held-out rows: nothing learnt comes from them.
    /// </summary>
    /// <param name="training">The training rows.</param>
    /// <param name="units">
    /// The UCUM unit of each column that has one (<see cref="Snapshot.Units"/>). Steps that need a column's unit take it
    /// from here when they do not declare it, and a declared unit must agree; conversions and derived columns update it.
    /// </param>
    /// <exception cref="PreparationException">A step's parameters or the training rows do not suit it.</exception>
    public FittedRecipe Fit(DataFrame training, IReadOnlyDictionary<string, string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        Validate();
        var fitted = new List<FittedStep>();
        var current = training;
        var rowIds = RowIds(training);
        var currentUnits = new Dictionary<string, string>(units ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        for (var i = 0; i < Steps.Count; i++)
        {
            try
            {
                var step = Steps[i].FitInContext(current, new StepContext(Steps[i].StepName, i + 1, rowIds, new Dictionary<string, string>(currentUnits, StringComparer.Ordinal)));
                fitted.Add(step);
                step.UpdateUnits(currentUnits);
                if (i < Steps.Count - 1)
                {
                    (current, _, rowIds) = StepRunner.Run(step, current, i + 1, rowIds);
                }
            }
            catch (PreparationException e) when (e.Position is null)
            {
                throw e.AtPosition(i + 1);
            }
        }

        return new FittedRecipe(this, fitted, training.Rows.Count, currentUnits);
    }

    /// <summary>Fits the recipe on a snapshot's rows, with the units its snapshot.json declares.</summary>
    /// <exception cref="PreparationException">A step's parameters or the snapshot's rows do not suit it.</exception>
    public FittedRecipe Fit(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Fit(snapshot.Data, snapshot.Units);
    }

    /// <summary>Fits the recipe on the frame and applies it to the same frame: for preparing a whole data set.</summary>
    /// <exception cref="PreparationException">A step does not suit the frame; the input is left unchanged.</exception>
    public PreparationResult Apply(DataFrame frame, IReadOnlyDictionary<string, string>? units = null) => Fit(frame, units).Apply(frame);

    /// <summary>Prepares a whole snapshot, with the units its snapshot.json declares; the result carries the units after preparation.</summary>
    /// <exception cref="PreparationException">A step does not suit the snapshot; the snapshot is left unchanged.</exception>
    public PreparationResult Apply(Snapshot snapshot) => Fit(snapshot).Apply(snapshot.Data);

    /// <summary>Checks every step's declared parameters, without data.</summary>
    /// <exception cref="RecipeFormatException">The step list is missing or holds a null.</exception>
    /// <exception cref="PreparationException">A step's parameters are missing or contradictory.</exception>
    public void Validate()
    {
        if (Steps is null)
        {
            throw new RecipeFormatException("The recipe has no 'steps' list.");
        }

        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i] is null)
            {
                throw new RecipeFormatException($"Step {i + 1} of the recipe is null.");
            }

            Steps[i].Validate(new StepContext(Steps[i].StepName, i + 1));
        }
    }

    /// <summary>The recipe as indented JSON; the same recipe always gives the same text.</summary>
    public string ToJson() => PreparationJson.Serialize(this);

    /// <summary>Reads a recipe strictly (unknown steps and keys are errors) and checks its steps' parameters.</summary>
    /// <exception cref="RecipeFormatException">The JSON is not a recipe.</exception>
    /// <exception cref="PreparationException">A step's parameters are missing or contradictory.</exception>
    public static PreparationRecipe FromJson(string json)
    {
        var recipe = PreparationJson.Deserialize<PreparationRecipe>(json, "recipe");
        recipe.Validate();
        return recipe;
    }

    internal static long[] RowIds(DataFrame frame) => [.. Enumerable.Range(0, checked((int)frame.Rows.Count)).Select(i => (long)i)];
}
