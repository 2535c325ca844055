using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Quality;

/// <summary>Checks the declarations against the frame, then counts what the report shows.</summary>
internal static class QualityReportBuilder
{
    public static QualityReport Build(DataFrame frame, QualityReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Outcome, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Subgroups, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Threshold, nameof(options));
        ArgumentNullException.ThrowIfNull(options.MissingSentinels, nameof(options));
        if (frame.Columns.Count == 0 || frame.Rows.Count == 0)
        {
            throw new ArgumentException(
                $"The frame has {frame.Rows.Count} rows and {frame.Columns.Count} columns; a quality report needs data.", nameof(frame));
        }

        var rows = checked((int)frame.Rows.Count);
        var outcome = Column(frame, options.Outcome, "Outcome column");
        var sentinels = SentinelsByColumn(frame, options.MissingSentinels);
        CheckSubgroups(frame, options.Subgroups);

        var missing = frame.Columns.Select(c => ColumnMissing.Of(c, sentinels.GetValueOrDefault(c.Name, []))).ToList();
        var missingOf = missing.ToDictionary(m => m.Column, StringComparer.Ordinal);
        RequireValues(missingOf[outcome.Name], rows, "Outcome column");
        foreach (var definition in options.Subgroups)
        {
            RequireValues(missingOf[definition.Column], rows, "Subgroup column");
        }

        var outcomeLabels = CategoryLabels.Of(outcome, missingOf[outcome.Name].Missing);
        var outcomeLevels = CategoryLabels.ObservedLevels(outcome, outcomeLabels);
        if (outcomeLabels.Contains(null))
        {
            outcomeLevels.Add(CategoryLabels.MissingLabel);
        }

        var splits = options.Subgroups.Select(d => SubgroupSplit.Assign(frame.Columns[d.Column], d, missingOf[d.Column])).ToList();
        var warnings = new List<QualityWarning>();
        var sizes = Sizes(splits, rows, options.Threshold, warnings);
        warnings.AddRange(missing.Where(m => m.Count == rows).Select(m => new QualityWarning(
            "column " + m.Column, $"Column '{m.Column}' is missing in all {Count(rows)} rows.")));

        return new QualityReport(
            options,
            rows,
            frame.Columns.Count,
            ClassBalance(outcomeLabels, outcomeLevels, rows),
            [.. missing.Select(m => new ColumnMissingness(m.Column, rows, m.Count, m.Empty, m.Sentinel, Percent.Of(m.Count, rows)))],
            sizes,
            [.. splits.SelectMany(split => MissingByGroup(split, missing))],
            [.. splits.SelectMany(split => OutcomeByGroup(split, outcomeLabels, outcomeLevels))],
            warnings);
    }

    private static DataFrameColumn Column(DataFrame frame, string name, string role)
    {
        var index = frame.Columns.IndexOf(name);
        if (index < 0)
        {
            throw new ArgumentException(
                $"{role} '{name}' is not in the frame; its columns are {string.Join(", ", frame.Columns.Select(c => c.Name))}.");
        }

        return frame.Columns[index];
    }

    private static Dictionary<string, HashSet<double>> SentinelsByColumn(DataFrame frame, IReadOnlyList<MissingSentinel> declared)
    {
        var byColumn = new Dictionary<string, HashSet<double>>(StringComparer.Ordinal);
        foreach (var sentinel in declared)
        {
            ArgumentNullException.ThrowIfNull(sentinel, nameof(declared));
            var column = Column(frame, sentinel.Column, "Sentinel column");
            if (!column.IsNumericColumn())
            {
                throw new ArgumentException(
                    $"Sentinel column '{column.Name}' holds {column.DataType.Name} values; a 'not measured' sentinel is declared for a numeric column.");
            }

            if (!double.IsFinite(sentinel.Value))
            {
                throw new ArgumentException($"Sentinel column '{column.Name}': the sentinel is {SubgroupDefinition.Format(sentinel.Value)}; declare a finite number.");
            }

            if (!byColumn.TryGetValue(column.Name, out var values))
            {
                byColumn[column.Name] = values = [];
            }

            values.Add(sentinel.Value);
        }

        return byColumn;
    }

    private static void CheckSubgroups(DataFrame frame, IReadOnlyList<SubgroupDefinition> subgroups)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in subgroups)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(subgroups));
            Column(frame, definition.Column, "Subgroup column");
            if (!names.Add(definition.Name))
            {
                throw new ArgumentException($"Two subgroup splits are named '{definition.Name}'; give one another name.");
            }
        }
    }

    private static void RequireValues(ColumnMissing missing, int rows, string role)
    {
        if (missing.Count == rows)
        {
            throw new ArgumentException(
                $"{role} '{missing.Column}' is missing in all {Count(rows)} rows ({missing.Empty} empty, {missing.Sentinel} declared sentinels); it cannot be reported on.");
        }
    }

    private static List<ClassCount> ClassBalance(string?[] labels, List<string> levels, int rows)
    {
        var counts = Tally(labels, levels);
        return [.. levels.Select((level, i) => new ClassCount(level, counts[i], Percent.Of(counts[i], rows)))];
    }

    private static List<SubgroupSize> Sizes(List<SubgroupSplit> splits, int rows, RepresentationThreshold threshold, List<QualityWarning> warnings)
    {
        var sizes = new List<SubgroupSize>();
        foreach (var split in splits)
        {
            var counts = new int[split.Groups.Count];
            foreach (var group in split.GroupOfRow)
            {
                counts[group]++;
            }

            for (var g = 0; g < counts.Length; g++)
            {
                var name = split.Definition.Name;
                var label = split.Groups[g];
                var below = g < split.Declared && threshold.IsBelow(counts[g], rows);
                var size = $"{RowCount(counts[g])} ({Percent.Format(Percent.Of(counts[g], rows))} of {Count(rows)})";
                if (below)
                {
                    warnings.Add(new QualityWarning($"{name} {label}", $"Subgroup {name} {label} has {size}, below the declared {threshold}."));
                }
                else if (label == SubgroupSplit.OutsideLabel)
                {
                    var edges = split.Definition.Edges;
                    warnings.Add(new QualityWarning($"{name} {label}",
                        $"Subgroup {name}: {size} outside the declared bands [{SubgroupDefinition.Format(edges[0])}, {SubgroupDefinition.Format(edges[^1])})."));
                }

                sizes.Add(new SubgroupSize(name, label, counts[g], Percent.Of(counts[g], rows), below));
            }
        }

        return sizes;
    }

    private static IEnumerable<SubgroupMissingness> MissingByGroup(SubgroupSplit split, List<ColumnMissing> missing)
    {
        for (var g = 0; g < split.Groups.Count; g++)
        {
            var groupRows = Rows(split, g);
            foreach (var column in missing)
            {
                var count = groupRows.Count(row => column.Missing[row]);
                yield return new SubgroupMissingness(split.Definition.Name, split.Groups[g], column.Column, groupRows.Count, count, Percent.Of(count, groupRows.Count));
            }
        }
    }

    private static IEnumerable<SubgroupOutcome> OutcomeByGroup(SubgroupSplit split, string?[] labels, List<string> levels)
    {
        for (var g = 0; g < split.Groups.Count; g++)
        {
            var groupRows = Rows(split, g);
            var counts = Tally([.. groupRows.Select(row => labels[row])], levels);
            for (var l = 0; l < levels.Count; l++)
            {
                yield return new SubgroupOutcome(split.Definition.Name, split.Groups[g], levels[l], counts[l], Percent.Of(counts[l], groupRows.Count));
            }
        }
    }

    private static List<int> Rows(SubgroupSplit split, int group) =>
        [.. Enumerable.Range(0, split.GroupOfRow.Length).Where(row => split.GroupOfRow[row] == group)];

    // Counts labels per level; a null label is counted under "(missing)", which is then the last level.
    private static int[] Tally(string?[] labels, List<string> levels)
    {
        var index = levels.Select((level, i) => (level, i)).ToDictionary(p => p.level, p => p.i, StringComparer.Ordinal);
        var counts = new int[levels.Count];
        foreach (var label in labels)
        {
            counts[index[label ?? CategoryLabels.MissingLabel]]++;
        }

        return counts;
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string RowCount(int count) => count == 1 ? "1 row" : Count(count) + " rows";
}
