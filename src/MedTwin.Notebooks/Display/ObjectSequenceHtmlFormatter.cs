using System.Collections;
using System.Reflection;

namespace MedTwin.Notebooks.Display;

/// <summary>
/// text/html for a sequence of records or plain objects (<c>IEnumerable&lt;T&gt;</c> where <c>T</c> has public
/// properties and is not a scalar): a table with one row per item and one column per property.
/// </summary>
internal static class ObjectSequenceHtmlFormatter
{
    /// <summary>The table, or <see langword="null"/> when <paramref name="value"/> is not such a sequence.</summary>
    public static string? Format(object value, FormatContext context)
    {
        if (value is not IEnumerable sequence || ItemType(value.GetType()) is not { } itemType)
        {
            return null;
        }

        var properties = PublicProperties.Of(itemType);
        if (properties.Count == 0)
        {
            return null;
        }

        var sample = context.Sample(sequence).Truncate(context.Options.MaxRows);
        var columns = properties.Select(property => (property.Name, (string?)TypeNames.Of(property.PropertyType))).ToList();
        var rows = sample.Items.Select(item => Row(item, properties, context.Options));
        var caption = sample.RemainingIsLowerBound ? null : Counting.Of(sample.Total, "item");
        var footer = sample.Remaining > 0 || sample.RemainingIsLowerBound ? sample.MoreNote("item") : null;
        return HtmlTable.Write("medtwin-objects", caption, columns, rows, footer);
    }

    private static Type? ItemType(Type sequenceType)
    {
        var itemTypes = sequenceType.GetInterfaces()
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(type => type.GetGenericArguments()[0])
            .ToList();
        if (itemTypes.Count != 1)
        {
            return null;
        }

        var itemType = itemTypes[0];
        var tabular = itemType != typeof(object)
            && !InvariantText.IsScalar(itemType)
            && !typeof(IEnumerable).IsAssignableFrom(itemType);
        return tabular ? itemType : null;
    }

    private static List<string?> Row(object? item, IReadOnlyList<PropertyInfo> properties, FormatterOptions options) =>
        properties.Select(property => item is null ? null : Cell(item, property, options)).ToList();

    private static string? Cell(object item, PropertyInfo property, FormatterOptions options)
    {
        object? value;
        try
        {
            value = property.GetValue(item);
        }
        catch (TargetInvocationException exception)
        {
            // One failing getter should not hide the whole table; the cell says what happened.
            return $"({exception.InnerException?.GetType().Name ?? nameof(TargetInvocationException)})";
        }

        // A context of its own: the caller's holds the sample of the outer sequence.
        return value is null ? null : PlainTextFormatter.Format(value, new FormatContext(options));
    }
}
