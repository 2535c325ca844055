using System.Collections;
using System.Text;

namespace MedTwin.Notebooks.Display;

/// <summary>The text/plain representation every value gets unless a more specific formatter gives one.</summary>
internal static class PlainTextFormatter
{
    /// <summary>The text shown for <see langword="null"/>.</summary>
    public const string Null = "<null>";

    // A listing this short whose items are one-liners stays on one line.
    private const int OneLineWidth = 100;

    // Sequences nested deeper than this are shown by their ToString.
    private const int MaxNesting = 2;

    /// <summary>Strings as they are, scalars in the invariant culture, sequences as a list, anything else by ToString.</summary>
    public static string Format(object? value, FormatContext context) => value switch
    {
        null => Null,
        string text => text,
        IEnumerable sequence when !InvariantText.IsScalar(value.GetType()) =>
            FormatSequence(context.Sample(sequence).Truncate(context.Options.MaxItems), context.Options, 0),
        _ => InvariantText.Format(value),
    };

    private static string FormatSequence(SequenceSample sample, FormatterOptions options, int depth)
    {
        var items = sample.Items.Select(item => FormatItem(item, options, depth)).ToList();
        if (sample.Remaining > 0 || sample.RemainingIsLowerBound)
        {
            items.Add(sample.MoreNote());
        }

        if (items.Count == 0)
        {
            return "[]";
        }

        var oneLine = "[" + string.Join(", ", items) + "]";
        if (oneLine.Length <= OneLineWidth && !oneLine.Contains('\n', StringComparison.Ordinal))
        {
            return oneLine;
        }

        var builder = new StringBuilder("[\n");
        for (var i = 0; i < items.Count; i++)
        {
            builder.Append("  ").Append(items[i].Replace("\n", "\n  ", StringComparison.Ordinal));
            builder.Append(i < items.Count - 1 ? ",\n" : "\n");
        }

        return builder.Append(']').ToString();
    }

    // Inside a listing strings are quoted, so that ["a, b"] and ["a", "b"] read differently.
    private static string FormatItem(object? item, FormatterOptions options, int depth) => item switch
    {
        null => Null,
        string text => "\"" + ControlCharacters.Escape(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)) + "\"",
        IEnumerable sequence when depth < MaxNesting && !InvariantText.IsScalar(item.GetType()) =>
            FormatSequence(SequenceSample.Take(sequence, options.MaxItems), options, depth + 1),
        _ => InvariantText.Format(item),
    };
}
