using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Snapshots;

/// <summary>Collects one column's fields as its declared type. An empty field is a missing value (null).</summary>
internal abstract class ColumnLoader
{
    public static ColumnLoader For(ColumnSpec spec) => spec.Type switch
    {
        ColumnType.Integer => new IntegerLoader(spec.Name),
        ColumnType.Real => new RealLoader(spec.Name),
        ColumnType.Text => new TextLoader(spec.Name, levels: null),
        ColumnType.Category => new TextLoader(spec.Name, spec.Levels),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Type, "Unknown column type."),
    };

    /// <summary>Adds one field; returns what is wrong with it, or <c>null</c> when it was taken.</summary>
    public abstract string? Append(string field);

    public abstract DataFrameColumn Build();

    private sealed class IntegerLoader(string name) : ColumnLoader
    {
        private readonly List<int?> values = [];

        public override string? Append(string field)
        {
            if (field.Length == 0)
            {
                values.Add(null);
                return null;
            }

            if (!int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return "expected a whole number (integer, 32-bit)";
            }

            values.Add(value);
            return null;
        }

        public override DataFrameColumn Build() => new Int32DataFrameColumn(name, values);
    }

    private sealed class RealLoader(string name) : ColumnLoader
    {
        private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        private readonly List<double?> values = [];

        public override string? Append(string field)
        {
            if (field.Length == 0)
            {
                values.Add(null);
                return null;
            }

            if (!double.TryParse(field, Style, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                return "expected a finite number with '.' as decimal point";
            }

            values.Add(value);
            return null;
        }

        public override DataFrameColumn Build() => new DoubleDataFrameColumn(name, values);
    }

    private sealed class TextLoader(string name, IReadOnlyList<string>? levels) : ColumnLoader
    {
        private readonly List<string?> values = [];

        public override string? Append(string field)
        {
            if (field.Length == 0)
            {
                values.Add(null);
                return null;
            }

            if (levels is not null && !levels.Contains(field, StringComparer.Ordinal))
            {
                return $"expected one of the declared levels ({string.Join(", ", levels)})";
            }

            values.Add(field);
            return null;
        }

        public override DataFrameColumn Build() => new StringDataFrameColumn(name, values);
    }
}
