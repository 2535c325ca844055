using System.Text;

namespace MedTwin.Data.Quality;

/// <summary>A plain-text table with aligned columns: the first column left-aligned, the others right-aligned.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row has {cells.Length} cells; the table has {headers.Length} columns.", nameof(cells));
        }

        rows.Add(cells);
    }

    public void WriteTo(StringBuilder text, string indent)
    {
        var widths = headers.Select((header, i) => rows.Select(row => row[i].Length).Append(header.Length).Max()).ToArray();
        var line = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            line.Clear().Append(indent);
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    line.Append("  ");
                }

                line.Append(i == 0 ? row[i].PadRight(widths[i]) : row[i].PadLeft(widths[i]));
            }

            // An empty last cell would leave trailing spaces.
            text.Append(line.ToString().TrimEnd(' ')).Append('\n');
        }
    }
}
