using System.Globalization;
using System.Text;
using MedTwin.Data.Preparation;
using MedTwin.Data.Snapshots;
using MedTwin.Tests.Support;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Preparation;

/// <summary>Small frames for preparation tests, and an exact text form to compare frames byte for byte.</summary>
internal static class Frames
{
    public static DataFrame Of(params DataFrameColumn[] columns) => new(columns);

    public static DoubleDataFrameColumn Numbers(string name, params double?[] values) => new(name, values);

    public static Int32DataFrameColumn Integers(string name, params int?[] values) => new(name, values);

    public static StringDataFrameColumn Texts(string name, params string?[] values) => new(name, values);

    public static DataFrame Pima() => new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data;

    /// <summary>The column's values, boxed, <c>null</c> where missing.</summary>
    public static object?[] Values(DataFrame frame, string column) =>
        [.. Enumerable.Range(0, (int)frame.Rows.Count).Select(row => frame[column][row])];

    /// <summary>Every column's name, type and values, numbers in round-trip form: equal texts mean equal frames.</summary>
    public static string Text(DataFrame frame)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', frame.Columns.Select(c => $"{c.Name}:{c.DataType.Name}")).Append('\n');
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            text.AppendJoin(',', frame.Columns.Select(c => Cell(c[row]))).Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "NA",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    /// <summary>Fits and applies a one-step recipe to the frame.</summary>
    public static PreparationResult Run(PreparationStep step, DataFrame frame) =>
        new PreparationRecipe { Steps = [step] }.Apply(frame);

    /// <summary>Runs the step, expecting an error that names it (as step 1) and the column; checks the frame is unchanged.</summary>
    public static PreparationException Fails(PreparationStep step, DataFrame frame, string? column, long? row = null)
    {
        var before = Text(frame);
        var error = Assert.Throws<PreparationException>(() => Run(step, frame));
        Assert.Equal(step.StepName, error.Step);
        Assert.Equal(1, error.Position);
        Assert.StartsWith($"Step 1 '{step.StepName}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(column, error.Column);
        if (column is not null)
        {
            Assert.Contains($"column '{column}'", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(row, error.Row);
        if (row is not null)
        {
            Assert.Contains($"row {row}", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, Text(frame));
        return error;
    }
}
