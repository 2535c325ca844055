using System.Globalization;
using System.Text;

namespace MedTwin.Data.TimeSeries;

/// <summary>What a plausible-range check found and did: counts per code, every violation, and the codes left unchecked.</summary>
public sealed class RangeReport
{
    internal RangeReport(OutOfRangeAction action, IReadOnlyList<RangeCount> counts, IReadOnlyList<RangeViolation> violations, IReadOnlyList<string> uncheckedCodes)
    {
        Action = action;
        Counts = counts;
        Violations = violations;
        UncheckedCodes = uncheckedCodes;
    }

    /// <summary>What was done with implausible values.</summary>
    public OutOfRangeAction Action { get; }

    /// <summary>One line per declared range, ordered by code.</summary>
    public IReadOnlyList<RangeCount> Counts { get; }

    /// <summary>Every implausible value, ordered by patient, code and time.</summary>
    public IReadOnlyList<RangeViolation> Violations { get; }

    /// <summary>Codes in the data with no declared range (their values were not checked), ordered.</summary>
    public IReadOnlyList<string> UncheckedCodes { get; }

    /// <summary>The report as aligned plain text.</summary>
    public string ToText()
    {
        var action = Action == OutOfRangeAction.SetMissing ? "set missing" : "flagged, kept";
        var text = new StringBuilder($"Plausible-range check: {Violations.Count} implausible values {action}\n");
        var rows = Counts.Select(c => new[] { c.Code, Number(c.Min), Number(c.Max), Number(c.Checked), Number(c.BelowMin), Number(c.AboveMax) }).ToList();
        string[] headers = ["code", "min", "max", "checked", "below", "above"];
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(headers))
        {
            text.Append("  ").Append(row[0].PadRight(widths[0]));
            for (var i = 1; i < row.Length; i++)
            {
                text.Append("  ").Append(row[i].PadLeft(widths[i]));
            }

            text.Append('\n');
        }

        if (UncheckedCodes.Count > 0)
        {
            text.Append("No range declared (not checked): ").Append(string.Join(", ", UncheckedCodes)).Append('\n');
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText();

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
