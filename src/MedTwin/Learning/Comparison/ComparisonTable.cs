using System.Globalization;
using System.Text;
using MedTwin.Learning.Validation;

namespace MedTwin.Learning.Comparison;

/// <summary>
/// Models validated on the same folds, side by side: per metric the pooled out-of-fold estimate with its bootstrap
/// interval. Rendered as aligned text or Markdown, the same bytes for the same results.
/// </summary>
public sealed class ComparisonTable
{
    private ComparisonTable(Folds folds, IReadOnlyList<string> metrics, IReadOnlyList<CrossValidationResult> models)
    {
        Folds = folds;
        Metrics = metrics;
        Models = models;
    }

    /// <summary>The folds every model was scored on.</summary>
    public Folds Folds { get; }

    /// <summary>The metric names, the table's columns.</summary>
    public IReadOnlyList<string> Metrics { get; }

    /// <summary>The models, the table's rows, in the order given.</summary>
    public IReadOnlyList<CrossValidationResult> Models { get; }

    /// <summary>Builds the table.</summary>
    /// <exception cref="LearningException">No results, results on different folds, or with different metrics.</exception>
    public static ComparisonTable Create(IReadOnlyList<CrossValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new LearningException("comparing models", "there are no results to compare");
        }

        var metrics = results[0].Summaries.Select(s => s.Metric).ToArray();
        foreach (var result in results.Skip(1))
        {
            if (!result.Folds.Equals(results[0].Folds))
            {
                throw new LearningException(
                    "comparing models", $"'{result.TrainerName}' was validated on other folds ({result.Folds.Description}) than '{results[0].TrainerName}' ({results[0].Folds.Description}); a paired comparison needs the same folds");
            }

            if (!result.Summaries.Select(s => s.Metric).SequenceEqual(metrics, StringComparer.Ordinal))
            {
                throw new LearningException("comparing models", $"'{result.TrainerName}' reports other metrics than '{results[0].TrainerName}'");
            }
        }

        return new ComparisonTable(results[0].Folds, metrics, results);
    }

    /// <summary>The table as aligned plain text.</summary>
    public string ToText()
    {
        var rows = Cells();
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder().Append(Folds.Description).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The table as GitHub-flavoured Markdown.</summary>
    public string ToMarkdown()
    {
        var rows = Cells();
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", rows[0])).Append(" |\n");
        text.Append('|').Append(string.Join('|', rows[0].Select(_ => "---"))).Append("|\n");
        foreach (var row in rows.Skip(1))
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
        }

        return text.Append('\n').Append(CultureInfo.InvariantCulture, $"Pooled out-of-fold estimate [{Models[0].Summaries[0].Pooled.Level * 100:0.#}% bootstrap interval]; ").Append(Folds.Description).Append('.').Append('\n').ToString();
    }

    /// <summary>The text rendering.</summary>
    public override string ToString() => ToText();

    private List<string[]> Cells()
    {
        string[] header = ["model", .. Metrics];
        var rows = new List<string[]> { header };
        foreach (var model in Models)
        {
            rows.Add([model.TrainerName, .. model.Summaries.Select(s =>
                $"{CrossValidationResult.Number(s.Pooled.Estimate)} [{CrossValidationResult.Number(s.Pooled.Lower)}, {CrossValidationResult.Number(s.Pooled.Upper)}]")]);
        }

        return rows;
    }
}
