namespace MedTwin.Data.Preparation;

/// <summary>Chooses one value among the sources' values for a key and column, by the column's <see cref="ConflictRule"/>.</summary>
internal static class ConflictResolver
{
    public sealed record Candidate(DataSource Source, long Row, object? Value)
    {
        public override string ToString() => $"{Source.Name}: {ValueText.Of(Value)}";
    }

    public static (object? Value, string? Origin) Resolve(string key, string column, ConflictRule rule, List<Candidate> candidates, StepContext context, long outputRow)
    {
        if (candidates.Count == 0)
        {
            return (null, null);
        }

        if (candidates.All(c => Equals(c.Value, candidates[0].Value)))
        {
            return (candidates[0].Value, string.Join("+", candidates.Select(c => c.Source.Name)));
        }

        var both = string.Join("; ", candidates);
        var (value, origin) = rule.Resolution switch
        {
            ConflictResolution.PreferSource => Prefer(rule, candidates, key, column, context),
            ConflictResolution.Latest => Latest(rule, candidates, key, column, context),
            ConflictResolution.Mean => (candidates.Sum(c => (double)c.Value!) / candidates.Count, $"mean({string.Join("+", candidates.Select(c => c.Source.Name))})"),
            _ => throw context.Error(
                $"contradictory sources: {string.Join(" but ", candidates.Select(c => $"'{c.Source.Name}' has {ValueText.Quoted(c.Value)}"))}; declare a conflict rule for the column (preferSource, latest or mean) or correct a source",
                column,
                key: key),
        };
        context.ChangedAtRow(outputRow, column, both, value);
        return (value, origin);
    }

    private static (object? Value, string Origin) Prefer(ConflictRule rule, List<Candidate> candidates, string key, string column, StepContext context)
    {
        foreach (var name in rule.Sources!)
        {
            var preferred = candidates.FirstOrDefault(c => c.Source.Name == name);
            if (preferred is not null)
            {
                return (preferred.Value, preferred.Source.Name);
            }
        }

        throw context.Error(
            $"none of the preferred sources ({string.Join(", ", rule.Sources!)}) has a value and the others disagree: {string.Join("; ", candidates)}",
            column,
            key: key);
    }

    private static (object? Value, string Origin) Latest(ConflictRule rule, List<Candidate> candidates, string key, string column, StepContext context)
    {
        var timed = new List<(Candidate Candidate, JoinTime Time)>();
        foreach (var candidate in candidates)
        {
            var cell = JoinSources.Column(candidate.Source, rule.TimeColumn!, context)[candidate.Row];
            var time = JoinTime.Read(cell)
                ?? throw context.Error(
                    $"the source '{candidate.Source.Name}' has {ValueText.Quoted(cell)} in '{rule.TimeColumn}' (row {candidate.Row}); expected a date-time, an ISO 8601 text or a number",
                    column,
                    key: key);
            timed.Add((candidate, time));
        }

        if (timed.Any(t => t.Time.IsNumber != timed[0].Time.IsNumber))
        {
            throw context.Error($"the sources' '{rule.TimeColumn}' mix numbers and date-times", column, key: key);
        }

        var latest = timed.Max(t => t.Time);
        var winners = timed.Where(t => t.Time.CompareTo(latest) == 0).ToArray();
        return winners.Any(w => !Equals(w.Candidate.Value, winners[0].Candidate.Value))
            ? throw context.Error($"the latest values disagree at the same time {latest}: {string.Join("; ", winners.Select(w => w.Candidate))}", column, key: key)
            : (winners[0].Candidate.Value, winners[0].Candidate.Source.Name);
    }
}
