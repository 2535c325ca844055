using System.Globalization;

namespace MedTwin.Data.TimeSeries;

/// <summary>Checks present values against declared plausible ranges, bounds included.</summary>
internal static class RangeChecker
{
    public static RangeCheckResult Check(VitalSigns vitals, IEnumerable<PlausibleRange> ranges, OutOfRangeAction action)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not a declared action for implausible values.");
        }

        var declared = Declared(ranges);
        var counts = declared.ToDictionary(r => r.Key, _ => (Checked: 0, Below: 0, Above: 0), StringComparer.Ordinal);
        var violations = new List<RangeViolation>();
        var result = new List<VitalSeries>(vitals.Series.Count);
        foreach (var series in vitals.Series)
        {
            if (!declared.TryGetValue(series.Code, out var range))
            {
                result.Add(series);
                continue;
            }

            var values = series.RawValues;
            var (checkedCount, below, above) = counts[series.Code];
            double[]? changed = null;
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (double.IsNaN(value))
                {
                    continue;
                }

                checkedCount++;
                if (value >= range.Min && value <= range.Max)
                {
                    continue;
                }

                if (value < range.Min)
                {
                    below++;
                }
                else
                {
                    above++;
                }

                violations.Add(new RangeViolation(series.Patient, series.Code, series.RawTimes[i], value, range.Min, range.Max));
                if (action == OutOfRangeAction.SetMissing)
                {
                    changed ??= (double[])values.Clone();
                    changed[i] = double.NaN;
                }
            }

            counts[series.Code] = (checkedCount, below, above);
            result.Add(changed is null ? series : new VitalSeries(series.Patient, series.Code, series.RawTimes, changed));
        }

        var report = new RangeReport(
            action,
            [.. declared.Values.Select(r => new RangeCount(r.Code, r.Min, r.Max, counts[r.Code].Checked, counts[r.Code].Below, counts[r.Code].Above))],
            violations,
            [.. vitals.Codes.Where(code => !declared.ContainsKey(code))]);
        var what = action == OutOfRangeAction.SetMissing ? "set missing" : "flagged and kept";
        var details = string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Counts.Sum(c => c.Checked)} values checked against {declared.Count} ranges; {violations.Count} implausible values {what}; {report.UncheckedCodes.Count} codes without a declared range");
        var operation = "check plausible ranges, " + (action == OutOfRangeAction.SetMissing ? "set missing" : "flag");
        return new RangeCheckResult(vitals.With(result, operation, details), report);
    }

    private static SortedDictionary<string, PlausibleRange> Declared(IEnumerable<PlausibleRange> ranges)
    {
        var declared = new SortedDictionary<string, PlausibleRange>(StringComparer.Ordinal);
        foreach (var range in ranges)
        {
            ArgumentNullException.ThrowIfNull(range, nameof(ranges));
            ArgumentException.ThrowIfNullOrWhiteSpace(range.Code, nameof(ranges));
            if (double.IsNaN(range.Min) || double.IsNaN(range.Max) || range.Min > range.Max)
            {
                throw new ArgumentException(
                    $"The plausible range of code '{range.Code}' is [{UtcText.Format(range.Min)}, {UtcText.Format(range.Max)}]; it needs a minimum not above the maximum, neither NaN.",
                    nameof(ranges));
            }

            if (!declared.TryAdd(range.Code, range))
            {
                throw new ArgumentException($"Code '{range.Code}' has more than one declared plausible range.", nameof(ranges));
            }
        }

        return declared;
    }
}
