using System.Globalization;
using System.Text;
using MedTwin.Learning.Validation;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>Writes which fold holds out each row, so the scikit-learn peer validates on exactly the same folds.</summary>
internal static class FoldFile
{
    /// <summary>Writes <c>row,fold</c> (both 0-based), one line per row of the frame in row order.</summary>
    public static void Write(string path, Folds folds)
    {
        var foldOfRow = new int[folds.RowCount];
        foreach (var fold in folds.Items)
        {
            foreach (var row in fold.TestRows)
            {
                foldOfRow[row] = fold.Index;
            }
        }

        var text = new StringBuilder("row,fold\n");
        for (var row = 0; row < foldOfRow.Length; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row},{foldOfRow[row]}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
