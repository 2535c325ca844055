namespace MedTwin.Data.Fhir;

/// <summary>What makes a wide column: the code system, the code and the unit.</summary>
internal sealed record PivotKey(string? CodeSystem, string? Code, string? Unit)
{
    /// <summary>The keys present, ordered by code, unit, then system (ordinal), each with its column name.</summary>
    public static IReadOnlyList<(PivotKey Key, string Name)> Columns(IEnumerable<PivotRow> rows)
    {
        var keys = rows.Select(r => r.Key).Distinct()
            .OrderBy(k => k.Code, StringComparer.Ordinal)
            .ThenBy(k => k.Unit, StringComparer.Ordinal)
            .ThenBy(k => k.CodeSystem, StringComparer.Ordinal)
            .ToArray();
        var shortNames = keys.Select(k => k.ShortName).ToArray();
        return [.. keys.Select((k, i) => (k, shortNames.Count(n => n == shortNames[i]) > 1 ? $"{k.CodeSystem ?? "(no system)"}|{k.ShortName}" : k.ShortName))];
    }

    /// <summary><c>code [unit]</c>, or the code alone when there is no unit.</summary>
    public string ShortName => Unit is null ? Code ?? "(no code)" : $"{Code ?? "(no code)"} [{Unit}]";
}
