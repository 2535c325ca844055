namespace MedTwin.Data.Preparation;

/// <summary>Checks of a step's declared parameters, before any data is read.</summary>
internal static class Parameters
{
    public static void RequireColumns(IReadOnlyList<string>? columns, StepContext context, string what = "columns")
    {
        if (columns is null || columns.Count == 0)
        {
            throw context.Error($"'{what}' must name at least one column");
        }

        RequireDistinct(columns, context, what);
    }

    public static void RequireDistinct(IReadOnlyList<string> columns, StepContext context, string what = "columns")
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (string.IsNullOrEmpty(column))
            {
                throw context.Error($"'{what}' holds an empty column name");
            }

            if (!seen.Add(column))
            {
                throw context.Error($"'{what}' names the column twice", column);
            }
        }
    }

    public static void RequireName(string? name, StepContext context, string what)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw context.Error($"'{what}' must name a column");
        }
    }

    public static void RequireFraction(double value, StepContext context, string what)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw context.Error($"'{what}' must be a fraction from 0 to 1; found {ValueText.Number(value)}");
        }
    }

    public static void RequireFinite(double? value, StepContext context, string what, string? column = null)
    {
        if (value is { } number && !double.IsFinite(number))
        {
            throw context.Error($"'{what}' must be a finite number; found {ValueText.Number(number)}", column);
        }
    }

    public static void RequireDefined<TEnum>(TEnum value, StepContext context, string what)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw context.Error($"'{what}' has no option {value}; expected one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        }
    }
}
