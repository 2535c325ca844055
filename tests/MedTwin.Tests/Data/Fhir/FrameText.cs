using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace MedTwin.Tests.Data.Fhir;

/// <summary>A DataFrame as invariant text (header, then one line per row; dates in ISO 8601), for byte-for-byte comparisons.</summary>
internal static class FrameText
{
    public static string Of(DataFrame frame)
    {
        var text = new StringBuilder();
        text.AppendJoin('\t', frame.Columns.Select(c => $"{c.Name}:{c.DataType.Name}")).Append('\n');
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            text.AppendJoin('\t', frame.Columns.Select(c => Cell(c[row]))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every cell's text, column by column.</summary>
    public static IEnumerable<string> Cells(DataFrame frame) =>
        frame.Columns.SelectMany(c => Enumerable.Range(0, (int)c.Length).Select(i => Cell(c[i])));

    public static string Cell(object? value) => value switch
    {
        null => "",
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
