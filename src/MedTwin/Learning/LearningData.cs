using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Learning;

/// <summary>
/// The numeric features and the outcome of a set of rows, as models are trained on them: complete (missing values must
/// be imputed or dropped by a preparation recipe first), finite, and with 0/1 labels for classification.
/// </summary>
public sealed class LearningData
{
    private readonly double[] features;

    private LearningData(LearningTask task, string labelName, IReadOnlyList<string> featureNames, double[] features, double[] labels, long[] sourceRows)
    {
        Task = task;
        LabelName = labelName;
        FeatureNames = featureNames;
        this.features = features;
        Labels = labels;
        SourceRows = sourceRows;
    }

    /// <summary>What the label is.</summary>
    public LearningTask Task { get; }

    /// <summary>The outcome column's name.</summary>
    public string LabelName { get; }

    /// <summary>The feature columns, in order.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The outcome of each row: 0 or 1 for classification.</summary>
    public IReadOnlyList<double> Labels { get; }

    /// <summary>Each row's 0-based index in the frame it was read from.</summary>
    public IReadOnlyList<long> SourceRows { get; }

    /// <summary>How many rows.</summary>
    public int RowCount => Labels.Count;

    /// <summary>How many features.</summary>
    public int FeatureCount => FeatureNames.Count;

    /// <summary>The features of one row, in <see cref="FeatureNames"/> order.</summary>
    public ReadOnlySpan<double> Row(int row) => features.AsSpan(row * FeatureCount, FeatureCount);

    /// <summary>One feature's value in one row.</summary>
    public double this[int row, int feature] => features[(row * FeatureCount) + feature];

    /// <summary>How many rows have label 1 (classification).</summary>
    public int PositiveCount => Labels.Count(label => label == 1);

    /// <summary>
    /// Reads the label and features from a frame. Features default to every numeric column but the label, in frame order.
    /// A classification label is 0/1, true/false, or text with <paramref name="positiveClass"/> naming the level coded 1
    /// (every other value must be the one other level).
    /// </summary>
    /// <exception cref="LearningException">
    /// The frame is empty, a column is missing or not numeric, a value is missing, NaN or infinite, or a classification
    /// label is not 0/1, true/false or one of two text levels; the message names column and row.
    /// </exception>
    public static LearningData FromFrame(
        DataFrame frame, string label, LearningTask task, IReadOnlyList<string>? features = null, string? positiveClass = null)
    {
        const string Operation = "reading the training data";
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var labelColumn = Column(frame, label, Operation);
        var featureNames = features ?? [.. frame.Columns.Where(c => c.Name != label && IsNumeric(c)).Select(c => c.Name)];
        if (featureNames.Count == 0)
        {
            throw new LearningException(Operation, "there are no feature columns: the frame has no numeric column besides the label");
        }

        var duplicate = featureNames.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new LearningException(Operation, "the feature is named twice", duplicate.Key);
        }

        if (featureNames.Contains(label, StringComparer.Ordinal))
        {
            throw new LearningException(Operation, "the label cannot also be a feature", label);
        }

        if (frame.Rows.Count == 0)
        {
            throw new LearningException(Operation, "the frame has no rows");
        }

        var rows = checked((int)frame.Rows.Count);
        var columns = featureNames.Select(name => Column(frame, name, Operation)).ToArray();
        var values = new double[rows * columns.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            RequireNumeric(columns[j], Operation);
            for (var i = 0; i < rows; i++)
            {
                values[(i * columns.Length) + j] = Finite(columns[j], i, Operation);
            }
        }

        if (positiveClass is not null && (task != LearningTask.BinaryClassification || labelColumn.DataType != typeof(string)))
        {
            throw new LearningException(Operation, "a positive class is named only for a text label of a classification", label);
        }

        var labels = new double[rows];
        string? negativeClass = null;
        for (var i = 0; i < rows; i++)
        {
            labels[i] = task != LearningTask.BinaryClassification
                ? Finite(RequireNumeric(labelColumn, Operation), i, Operation)
                : positiveClass is null ? BinaryLabel(labelColumn, i, Operation) : TextLabel(labelColumn, i, positiveClass, ref negativeClass, Operation);
        }

        return new LearningData(task, label, [.. featureNames], values, labels, [.. Enumerable.Range(0, rows).Select(i => (long)i)]);
    }

    /// <summary>The given rows, in the given order (a row may repeat, as in a bootstrap sample).</summary>
    public LearningData Subset(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var subset = new double[rows.Count * FeatureCount];
        var labels = new double[rows.Count];
        var sources = new long[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if ((uint)rows[i] >= (uint)RowCount)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), rows[i], $"Row {rows[i]} does not exist; there are {RowCount} rows.");
            }

            Row(rows[i]).CopyTo(subset.AsSpan(i * FeatureCount, FeatureCount));
            labels[i] = Labels[rows[i]];
            sources[i] = SourceRows[rows[i]];
        }

        return new LearningData(Task, LabelName, FeatureNames, subset, labels, sources);
    }

    /// <summary>The same rows with one feature's values replaced (for permutation importance).</summary>
    public LearningData WithFeature(int feature, IReadOnlyList<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(feature);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(feature, FeatureCount);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != RowCount)
        {
            throw new ArgumentException($"Expected {RowCount} values; found {values.Count}.", nameof(values));
        }

        var copy = (double[])features.Clone();
        for (var i = 0; i < RowCount; i++)
        {
            copy[(i * FeatureCount) + feature] = values[i];
        }

        return new LearningData(Task, LabelName, FeatureNames, copy, [.. Labels], [.. SourceRows]);
    }

    /// <summary>Throws unless the rows hold both classes (classification) and at least <paramref name="minimumRows"/> rows.</summary>
    /// <exception cref="LearningException">One class only, or too few rows.</exception>
    public void RequireTrainable(string operation, int minimumRows = 2)
    {
        if (RowCount < minimumRows)
        {
            throw new LearningException(operation, $"needs at least {minimumRows} rows; found {RowCount}");
        }

        if (Task == LearningTask.BinaryClassification && (PositiveCount == 0 || PositiveCount == RowCount))
        {
            throw new LearningException(
                operation,
                $"the label has one class only (all {RowCount} rows are {Labels[0].ToString(CultureInfo.InvariantCulture)}); a classifier needs both 0 and 1",
                LabelName);
        }
    }

    private static double TextLabel(DataFrameColumn column, int row, string positiveClass, ref string? negativeClass, string operation)
    {
        var text = (string?)column[row] ?? throw new LearningException(operation, "the label is missing", column.Name, row);
        if (text == positiveClass)
        {
            return 1;
        }

        negativeClass ??= text;
        return text == negativeClass
            ? 0
            : throw new LearningException(
                operation,
                $"a two-class label was expected; found a third level '{text}' besides '{positiveClass}' (positive) and '{negativeClass}'",
                column.Name,
                row);
    }

    private static DataFrameColumn Column(DataFrame frame, string name, string operation)
    {
        var index = frame.Columns.IndexOf(name);
        return index >= 0
            ? frame.Columns[index]
            : throw new LearningException(operation, $"no such column; the frame's columns are: {string.Join(", ", frame.Columns.Select(c => c.Name))}", name);
    }

    private static bool IsNumeric(DataFrameColumn column) =>
        column.DataType.IsPrimitive && column.DataType != typeof(bool) && column.DataType != typeof(char) || column.DataType == typeof(decimal);

    private static DataFrameColumn RequireNumeric(DataFrameColumn column, string operation) =>
        IsNumeric(column)
            ? column
            : throw new LearningException(operation, $"expected a numeric column; found {column.DataType.Name} (encode categories first)", column.Name);

    private static double Finite(DataFrameColumn column, int row, string operation)
    {
        var value = column[row] switch
        {
            null => throw new LearningException(operation, "the value is missing; impute or drop missing values in the preparation recipe first", column.Name, row),
            var v => Convert.ToDouble(v, CultureInfo.InvariantCulture),
        };
        return double.IsFinite(value)
            ? value
            : throw new LearningException(operation, $"expected a finite number; found {value.ToString(CultureInfo.InvariantCulture)}", column.Name, row);
    }

    private static double BinaryLabel(DataFrameColumn column, int row, string operation) => column[row] switch
    {
        null => throw new LearningException(operation, "the label is missing", column.Name, row),
        bool flag => flag ? 1 : 0,
        string text => throw new LearningException(operation, $"expected a 0/1 label; found the text '{text}' (encode the outcome as 0/1 first)", column.Name, row),
        var v when IsNumeric(column) && Convert.ToDouble(v, CultureInfo.InvariantCulture) is var d && (d == 0 || d == 1) => d,
        var v => throw new LearningException(operation, $"expected a 0/1 label; found {Convert.ToString(v, CultureInfo.InvariantCulture)}", column.Name, row),
    };
}
