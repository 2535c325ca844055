using System.Globalization;
using System.Text;

namespace MedTwin.Learning.Linear;

/// <summary>Coefficient tables as aligned, culture-invariant text: the term left-aligned, numbers right-aligned.</summary>
internal static class CoefficientTableText
{
    public static string Write(IReadOnlyList<string> headers, IEnumerable<string[]> rows, string? footer = null)
    {
        var cells = rows.Prepend([.. headers]).ToArray();
        var widths = Enumerable.Range(0, headers.Count).Select(j => cells.Max(row => row[j].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in cells)
        {
            text.Append(row[0].PadRight(widths[0]));
            for (var j = 1; j < row.Length; j++)
            {
                text.Append("  ").Append(row[j].PadLeft(widths[j]));
            }

            text.Append('\n');
        }

        return footer is null ? text.ToString() : text.Append(footer).Append('\n').ToString();
    }

    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    // As R prints them: below double precision's resolution a p-value is only "< 2e-16".
    public static string PValue(double value) => value < 2e-16 ? "< 2e-16" : value.ToString("G3", CultureInfo.InvariantCulture);
}
