using System.Globalization;

namespace MedTwin.Notebooks.Display;

/// <summary>Counts with their noun: "1 row", "768 rows".</summary>
internal static class Counting
{
    public static string Of(long count, string noun) => Number(count) + " " + Noun(count, noun);

    /// <summary>The note that ends a truncated listing: "... (748 more rows)", or "... (80 more)" without a noun.</summary>
    public static string More(long count, string? noun = null) =>
        "... (" + Number(count) + " more" + (noun is null ? string.Empty : " " + Noun(count, noun)) + ")";

    private static string Number(long count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Noun(long count, string noun) => count == 1 ? noun : noun + "s";

    /// <summary>A table's shape: "768 rows × 9 columns".</summary>
    public static string Shape(long rows, long columns) => Of(rows, "row") + " \u00d7 " + Of(columns, "column");
}
