using System.Globalization;
using System.Text;

namespace MedTwin.Data.Preparation;

/// <summary>
/// A preparation step could not run on its input. The message names the step, and where they apply the column, the row
/// (its 0-based index in the frame given to the recipe or step) or the key. The input is never changed.
/// </summary>
public sealed class PreparationException : Exception
{
    internal PreparationException(string step, int? position, string? column, long? row, string? key, string problem)
        : base(Describe(step, position, column, row, key, problem))
    {
        Step = step;
        Position = position;
        Column = column;
        Row = row;
        Key = key;
        Problem = problem;
    }

    /// <summary>The step's name as the recipe JSON writes it, e.g. <c>impute</c>.</summary>
    public string Step { get; }

    /// <summary>The step's 1-based position in its recipe, when it ran inside one.</summary>
    public int? Position { get; }

    /// <summary>The column at fault, when there is one.</summary>
    public string? Column { get; }

    /// <summary>The 0-based index of the row at fault in the frame given to the recipe (or to the step).</summary>
    public long? Row { get; }

    /// <summary>The patient key at fault, for steps that join on a key.</summary>
    public string? Key { get; }

    /// <summary>What was expected and what was found, without the location.</summary>
    public string Problem { get; }

    internal PreparationException AtPosition(int position) => new(Step, position, Column, Row, Key, Problem);

    private static string Describe(string step, int? position, string? column, long? row, string? key, string problem)
    {
        var text = new StringBuilder(position is null ? $"Step '{step}'" : $"Step {position.Value.ToString(CultureInfo.InvariantCulture)} '{step}'");
        if (key is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", key '{key}'");
        }

        if (column is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", column '{column}'");
        }

        if (row is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", row {row.Value}");
        }

        return text.Append(": ").Append(problem).Append(problem.EndsWith('.') ? string.Empty : ".").ToString();
    }
}
