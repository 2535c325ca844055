using System.Globalization;

namespace MedTwin.Data.Fhir;

/// <summary>Reports every code whose values come in more than one unit (they are kept as given, not converted).</summary>
internal static class MixedUnitCheck
{
    public static void Report(IEnumerable<ObservationRow> rows, ImportIssues issues)
    {
        var groups = rows
            .Where(r => r.Value is not null && r.Code is not null)
            .GroupBy(r => (r.CodeSystem, r.Code))
            .OrderBy(g => g.Key.CodeSystem, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Code, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var units = group
                .GroupBy(r => r.Unit ?? "(no unit)")
                .OrderBy(u => u.Key, StringComparer.Ordinal)
                .Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Key} ({u.Count()})"))
                .ToArray();
            if (units.Length > 1)
            {
                var display = group.Select(r => r.Display).FirstOrDefault(d => d is not null);
                var name = display is null ? $"code {group.Key.Code}" : $"code {group.Key.Code} ({display})";
                issues.Add(FhirIssueKind.MixedUnits, "Bundle", string.Empty,
                    $"{name} has values in {units.Length} units: {string.Join(", ", units)}; they are kept as given, not converted", entry: null);
            }
        }
    }
}
