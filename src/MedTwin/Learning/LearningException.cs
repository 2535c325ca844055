using System.Globalization;
using System.Text;

namespace MedTwin.Learning;

/// <summary>
/// Training, validation or prediction could not run on its input. The message names what was being done, and where they
/// apply the column and the row (its 0-based index in the frame given); the input is never changed.
/// </summary>
public sealed class LearningException : Exception
{
    /// <summary>Creates the error for <paramref name="operation"/> (e.g. <c>logistic regression: training</c>).</summary>
    public LearningException(string operation, string problem, string? column = null, long? row = null)
        : base(Describe(operation, problem, column, row))
    {
        Operation = operation;
        Problem = problem;
        Column = column;
        Row = row;
    }

    /// <summary>What was being done.</summary>
    public string Operation { get; }

    /// <summary>What was expected and what was found, without the location.</summary>
    public string Problem { get; }

    /// <summary>The column at fault, when there is one.</summary>
    public string? Column { get; }

    /// <summary>The 0-based row at fault, when there is one.</summary>
    public long? Row { get; }

    private static string Describe(string operation, string problem, string? column, long? row)
    {
        var text = new StringBuilder(operation);
        if (column is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", column '{column}'");
        }

        if (row is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", row {row.Value}");
        }

        return text.Append(": ").Append(problem).ToString();
    }
}
