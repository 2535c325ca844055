using System.Globalization;
using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>
/// Integrates several sources into one row per patient key. Where sources disagree on a value, the column's
/// <see cref="ConflictRule"/> decides, and without one the disagreement is an error naming key, column and values. Each
/// value column is followed by <c>&lt;column&gt;_source</c>, naming the source(s) its value came from. Keys are ordered by
/// first appearance (sources in the given order); numeric value columns come out real (double). Time columns named by
/// <see cref="ConflictResolution.Latest"/> rules are used, not output.
/// </summary>
public sealed record JoinSources
{
    /// <summary>The suffix of the columns that record where each value came from.</summary>
    public const string SourceSuffix = "_source";

    private const string StepName = "joinSources";

    /// <summary>The patient-key column, present in every source, unique within each.</summary>
    public required string Key { get; init; }

    /// <summary>Conflict rules, one per column at most; columns without a rule use <see cref="ConflictResolution.Error"/>.</summary>
    public IReadOnlyList<ConflictRule> Rules { get; init; } = [];

    /// <summary>The join as indented JSON; the same join always gives the same text.</summary>
    public string ToJson() => PreparationJson.Serialize(this);

    /// <summary>Reads a join declaration strictly and checks its rules.</summary>
    /// <exception cref="RecipeFormatException">The JSON is not a join declaration.</exception>
    /// <exception cref="PreparationException">A rule is missing a parameter or contradicts another.</exception>
    public static JoinSources FromJson(string json)
    {
        var join = PreparationJson.Deserialize<JoinSources>(json, "join");
        join.Validate(new StepContext(StepName, position: null));
        return join;
    }

    /// <summary>Joins the sources; they are never changed.</summary>
    /// <exception cref="PreparationException">A source lacks the key, a key repeats, types disagree, or sources contradict each other.</exception>
    public PreparationResult Join(IReadOnlyList<DataSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var context = new StepContext(StepName, position: null);
        Validate(context);
        CheckSources(sources, context);
        var keyIndex = IndexKeys(sources, context);
        var keys = keyIndex.Keys;
        var timeColumns = Rules.Where(r => r.Resolution == ConflictResolution.Latest).Select(r => r.TimeColumn!).ToHashSet(StringComparer.Ordinal);
        var valueColumns = sources.SelectMany(s => s.Data.Columns.Select(c => c.Name))
            .Where(name => name != Key && !timeColumns.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var columns = new List<DataFrameColumn> { KeyColumn(sources, keys) };
        foreach (var name in valueColumns)
        {
            var (values, origins) = JoinColumn(name, sources, keyIndex, context);
            columns.Add(values);
            columns.Add(new StringDataFrameColumn(name + SourceSuffix, origins));
        }

        var duplicate = columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw context.Error($"the joined frame would have two columns named '{duplicate.Key}'; rename the source column", duplicate.Key);
        }

        var data = new DataFrame(columns);
        var report = new StepReport
        {
            Position = 1,
            Step = StepName,
            Description = $"Joined {sources.Count} sources on '{Key}' ({string.Join(", ", sources.Select(s => $"{s.Name}: {s.Data.Rows.Count} rows"))}) into {keys.Count} rows; "
                + $"{context.CellsChanged} disagreeing {(context.CellsChanged == 1 ? "value" : "values")} resolved by the declared rules.",
            RowsBefore = sources.Sum(s => s.Data.Rows.Count),
            RowsAfter = data.Rows.Count,
            CellsChanged = context.CellsChanged,
            ColumnsAdded = [.. valueColumns.Select(name => name + SourceSuffix)],
            ColumnsRemoved = [.. timeColumns.Order(StringComparer.Ordinal)],
            Columns = [.. data.Columns.Select(c => StepRunner.Summary(1, c.Name, null, ColumnProfile.Of(c)))],
            Changes = context.Changes,
            RemovedRows = [],
            Statistics = [],
        };
        return new PreparationResult(data, new PreparationReport { RowsBefore = report.RowsBefore, RowsAfter = report.RowsAfter, Steps = [report] });
    }

    private void Validate(StepContext context)
    {
        Parameters.RequireName(Key, context, "key");
        if (Rules is null || Rules.Any(r => r is null))
        {
            throw context.Error("'rules' holds a null");
        }

        Parameters.RequireDistinct([.. Rules.Select(r => r.Column)], context, "rules");
        foreach (var rule in Rules)
        {
            Parameters.RequireDefined(rule.Resolution, context, "resolution");
            if (rule.Column == Key)
            {
                throw context.Error("the key column cannot have a conflict rule: it is what the sources are joined on", rule.Column);
            }

            var (needsSources, needsTime) = (rule.Resolution == ConflictResolution.PreferSource, rule.Resolution == ConflictResolution.Latest);
            if (needsSources != rule.Sources is not null || (needsSources && rule.Sources!.Count == 0))
            {
                throw context.Error(needsSources ? "'preferSource' needs 'sources', most preferred first" : $"'sources' is for 'preferSource', not '{rule.Resolution}'", rule.Column);
            }

            if (needsSources)
            {
                Parameters.RequireDistinct(rule.Sources!, context, "sources");
            }

            if (needsTime != rule.TimeColumn is not null || rule.TimeColumn == string.Empty)
            {
                throw context.Error(needsTime ? "'latest' needs a 'timeColumn'" : $"'timeColumn' is for 'latest', not '{rule.Resolution}'", rule.Column);
            }

            if (needsTime && (rule.TimeColumn == Key || Rules.Any(r => r.Column == rule.TimeColumn)))
            {
                throw context.Error($"the time column '{rule.TimeColumn}' cannot also be the key or a joined column", rule.Column);
            }
        }
    }

    private void CheckSources(IReadOnlyList<DataSource> sources, StepContext context)
    {
        if (sources.Count == 0 || sources.Any(s => s is null || s.Data is null || string.IsNullOrEmpty(s.Name)))
        {
            throw context.Error("expected at least one source, each with a name and data");
        }

        var duplicate = sources.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw context.Error($"two sources are named '{duplicate.Key}'");
        }

        foreach (var rule in Rules.Where(r => r.Sources is not null))
        {
            var unknown = rule.Sources!.FirstOrDefault(name => sources.All(s => s.Name != name));
            if (unknown is not null)
            {
                throw context.Error($"the rule prefers the source '{unknown}', which is not among the sources ({string.Join(", ", sources.Select(s => s.Name))})", rule.Column);
            }
        }

        var keyTypes = sources.Select(s => (s.Name, Type: Column(s, Key, context).DataType)).ToArray();
        var keyType = keyTypes[0].Type;
        if (keyTypes.Any(k => k.Type != keyType) || (keyType != typeof(string) && keyType != typeof(int) && keyType != typeof(long)))
        {
            throw context.Error(
                $"the key must be text, Int32 or Int64 of the same type in every source; found {string.Join(", ", keyTypes.Select(k => $"{k.Type.Name} in '{k.Name}'"))}",
                Key);
        }
    }

    internal static DataFrameColumn Column(DataSource source, string name, StepContext context)
    {
        var index = source.Data.Columns.IndexOf(name);
        return index >= 0 ? source.Data.Columns[index] : throw context.Error($"the source '{source.Name}' has no such column", name);
    }

    /// <summary>Every key, in order of first appearance, with its row in each source.</summary>
    private Dictionary<string, Dictionary<string, long>> IndexKeys(IReadOnlyList<DataSource> sources, StepContext context)
    {
        var index = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var keys = Column(source, Key, context);
            for (long row = 0; row < keys.Length; row++)
            {
                var key = ValueText.Of(keys[row]) ?? throw context.Error($"the key is missing in row {row} of the source '{source.Name}'", Key);
                if (!index.TryGetValue(key, out var rows))
                {
                    index[key] = rows = [];
                }

                if (!rows.TryAdd(source.Name, row))
                {
                    throw context.Error($"the source '{source.Name}' has the key in rows {rows[source.Name]} and {row}; a source needs one row per key", Key, key: key);
                }
            }
        }

        return index;
    }

    private DataFrameColumn KeyColumn(IReadOnlyList<DataSource> sources, IEnumerable<string> keys)
    {
        var type = sources[0].Data.Columns[Key].DataType;
        return type == typeof(string) ? new StringDataFrameColumn(Key, keys)
            : type == typeof(int) ? new Int32DataFrameColumn(Key, keys.Select(k => int.Parse(k, CultureInfo.InvariantCulture)))
            : new Int64DataFrameColumn(Key, keys.Select(k => long.Parse(k, CultureInfo.InvariantCulture)));
    }

    private (DataFrameColumn Values, string?[] Origins) JoinColumn(
        string name, IReadOnlyList<DataSource> sources, Dictionary<string, Dictionary<string, long>> keyIndex, StepContext context)
    {
        var holders = sources.Where(s => s.Data.Columns.IndexOf(name) >= 0).ToArray();
        var numeric = CheckKinds(name, holders, context);
        var rule = Rules.FirstOrDefault(r => r.Column == name) ?? new ConflictRule { Column = name, Resolution = ConflictResolution.Error };
        if (rule.Resolution == ConflictResolution.Mean && !numeric)
        {
            throw context.Error("the rule 'mean' needs a numeric column; found text", name);
        }

        var values = new object?[keyIndex.Count];
        var origins = new string?[keyIndex.Count];
        var outputRow = 0L;
        foreach (var (key, rows) in keyIndex)
        {
            var candidates = new List<ConflictResolver.Candidate>();
            foreach (var source in holders.Where(s => rows.ContainsKey(s.Name)))
            {
                var row = rows[source.Name];
                var value = source.Data.Columns[name][row];
                if (value is null)
                {
                    continue;
                }

                if (numeric && FrameColumns.ToDouble(value) is { } number && !double.IsFinite(number))
                {
                    throw context.Error($"the source '{source.Name}' has {ValueText.Number(number)} in row {row}; missing values must be nulls", name, key: key);
                }

                candidates.Add(new ConflictResolver.Candidate(source, row, numeric ? FrameColumns.ToDouble(value) : value));
            }

            (values[outputRow], origins[outputRow]) = ConflictResolver.Resolve(key, name, rule, candidates, context, outputRow);
            outputRow++;
        }

        DataFrameColumn column = numeric
            ? new DoubleDataFrameColumn(name, values.Select(v => (double?)v))
            : new StringDataFrameColumn(name, values.Select(v => (string?)v));
        return (column, origins);
    }

    private static bool CheckKinds(string name, DataSource[] holders, StepContext context)
    {
        var kinds = holders.Select(s => (s.Name, Column: s.Data.Columns[name])).ToArray();
        if (kinds.All(k => FrameColumns.IsNumeric(k.Column)))
        {
            return true;
        }

        return kinds.All(k => FrameColumns.IsText(k.Column))
            ? false
            : throw context.Error(
                $"the sources disagree on the column's type or it is neither numeric nor text: {string.Join(", ", kinds.Select(k => $"{FrameColumns.Describe(k.Column)} in '{k.Name}'"))}",
                name);
    }
}
