using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>Finds values outside per-column bounds and handles them as declared, recording every change.</summary>
internal static class BoundsCheck
{
    /// <summary>One column's closed bounds; <paramref name="Range"/> describes them for reasons, e.g. "plausible range 33 to 2000 mg/dL".</summary>
    public sealed record Rule(string Column, double Low, double High, string Range);

    public static DataFrame Apply(DataFrame frame, IReadOnlyList<Rule> rules, OutlierAction action, string flagSuffix, StepContext context)
    {
        var values = rules.Select(rule => FrameColumns.ReadNumbers(FrameColumns.RequireNumeric(frame, rule.Column, context), context)).ToArray();
        if (action == OutlierAction.Flag)
        {
            foreach (var rule in rules.Where(rule => FrameColumns.Contains(frame, rule.Column + flagSuffix)))
            {
                throw FrameColumns.Exists(rule.Column + flagSuffix, context);
            }
        }

        return action switch
        {
            OutlierAction.RejectRow => RejectRows(frame, rules, values, context),
            OutlierAction.Flag => Flag(frame, rules, values, flagSuffix, context),
            _ => Replace(frame, rules, values, action, context),
        };
    }

    private static bool Outside(Rule rule, double? value) => value is { } v && (v < rule.Low || v > rule.High);

    private static DataFrame RejectRows(DataFrame frame, IReadOnlyList<Rule> rules, double?[][] values, StepContext context)
    {
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var reasons = rules
                .Select((rule, i) => (rule, value: values[i][row]))
                .Where(r => Outside(r.rule, r.value))
                .Select(r => $"{r.rule.Column} = {ValueText.Number(r.value!.Value)} is outside the {r.rule.Range}")
                .ToArray();
            if (reasons.Length > 0)
            {
                context.Removed(row, string.Join("; ", reasons));
            }
        }

        return FrameColumns.WithoutRows(frame, context.RemovedPositions);
    }

    private static DataFrame Flag(DataFrame frame, IReadOnlyList<Rule> rules, double?[][] values, string suffix, StepContext context)
    {
        var output = frame.Clone();
        for (var i = 0; i < rules.Count; i++)
        {
            var name = rules[i].Column + suffix;
            var flags = new BooleanDataFrameColumn(name, frame.Rows.Count);
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                var outside = Outside(rules[i], values[i][row]);
                flags[row] = outside;
                if (outside)
                {
                    context.Changed(row, name, null, true);
                }
            }

            output.Columns.Insert(output.Columns.IndexOf(rules[i].Column) + 1, flags);
        }

        return output;
    }

    private static DataFrame Replace(DataFrame frame, IReadOnlyList<Rule> rules, double?[][] values, OutlierAction action, StepContext context)
    {
        var output = frame.Clone();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var column = output.Columns[rule.Column];
            var winsorised = action == OutlierAction.Winsorise ? new DoubleDataFrameColumn(rule.Column, values[i]) : null;
            for (long row = 0; row < column.Length; row++)
            {
                if (!Outside(rule, values[i][row]))
                {
                    continue;
                }

                var before = column[row];
                if (winsorised is null)
                {
                    column[row] = null;
                    context.Changed(row, rule.Column, before, null);
                }
                else
                {
                    var clamped = Math.Clamp(values[i][row]!.Value, rule.Low, rule.High);
                    winsorised[row] = clamped;
                    context.Changed(row, rule.Column, before, clamped);
                }
            }

            if (winsorised is not null)
            {
                output.Columns[output.Columns.IndexOf(rule.Column)] = winsorised;
            }
        }

        return output;
    }
}
