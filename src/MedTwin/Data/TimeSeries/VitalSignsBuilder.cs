using System.Globalization;

namespace MedTwin.Data.TimeSeries;

/// <summary>Groups checked rows into one series per patient and code, sorted by time, duplicates resolved as declared.</summary>
internal static class VitalSignsBuilder
{
    public static VitalSigns Build(VitalRows rows, DuplicateTimestamps duplicates)
    {
        if (!Enum.IsDefined(duplicates))
        {
            throw new ArgumentOutOfRangeException(nameof(duplicates), duplicates, "Not a declared rule for duplicate timestamps.");
        }

        var groups = new Dictionary<(string Patient, string Code), List<int>>();
        for (var row = 0; row < rows.Count; row++)
        {
            var key = (rows.Patients[row], rows.Codes[row]);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
            }

            members.Add(row);
        }

        var series = new List<VitalSeries>(groups.Count);
        var resolved = 0;
        foreach (var ((patient, code), members) in groups.OrderBy(g => g.Key.Patient, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            SortByTime(members, rows.Times);
            series.Add(Collapse(rows, patient, code, members, duplicates, ref resolved));
        }

        var missing = rows.Values.Count(double.IsNaN);
        var patients = groups.Keys.Select(k => k.Patient).Distinct(StringComparer.Ordinal).Count();
        var codes = groups.Keys.Select(k => k.Code).Distinct(StringComparer.Ordinal).Count();
        var details = string.Create(
            CultureInfo.InvariantCulture,
            $"{rows.Count} {rows.RowName}s ({missing} missing) into {series.Count} series of {patients} patients and {codes} codes; {resolved} duplicate timestamps resolved");
        return new VitalSigns(series, [new VitalsStep(1, $"read, duplicates: {duplicates.ToString().ToLowerInvariant()}", details)]);
    }

    // Stable: rows with the same time keep their input order (the "last" rule depends on it).
    private static void SortByTime(List<int> members, IReadOnlyList<DateTime> times)
    {
        for (var i = 1; i < members.Count; i++)
        {
            if (times[members[i]] < times[members[i - 1]])
            {
                members.Sort((a, b) => times[a] != times[b] ? times[a].CompareTo(times[b]) : a.CompareTo(b));
                return;
            }
        }
    }

    private static VitalSeries Collapse(VitalRows rows, string patient, string code, List<int> members, DuplicateTimestamps rule, ref int resolved)
    {
        var times = new List<DateTime>(members.Count);
        var values = new List<double>(members.Count);
        for (var start = 0; start < members.Count;)
        {
            var time = rows.Times[members[start]];
            var end = start + 1;
            while (end < members.Count && rows.Times[members[end]] == time)
            {
                end++;
            }

            times.Add(time);
            if (end - start == 1)
            {
                values.Add(rows.Values[members[start]]);
            }
            else
            {
                values.Add(Resolve(rows, patient, code, time, members.GetRange(start, end - start), rule));
                resolved += end - start - 1;
            }

            start = end;
        }

        return new VitalSeries(patient, code, [.. times], [.. values]);
    }

    private static double Resolve(VitalRows rows, string patient, string code, DateTime time, List<int> same, DuplicateTimestamps rule)
    {
        switch (rule)
        {
            case DuplicateTimestamps.Last:
                return rows.Values[same[^1]];
            case DuplicateTimestamps.Mean:
                var present = same.Select(row => rows.Values[row]).Where(double.IsFinite).ToList();
                return present.Count == 0 ? double.NaN : present.Average();
            default:
                var where = string.Join(" and ", same.Select(row => rows.Where(row).ToLowerInvariant()));
                throw new VitalDataException(
                    char.ToUpperInvariant(where[0]) + where[1..], patient, code, time,
                    $"{same.Count} values at the same time; declare how duplicates are resolved (DuplicateTimestamps.Mean or Last)");
        }
    }
}
