using System.Collections;
using System.Globalization;

namespace MedTwin.Notebooks.Display;

/// <summary>The first items of a sequence and how many follow them, taken in one pass.</summary>
/// <param name="Items">The items shown.</param>
/// <param name="Remaining">How many items follow the shown ones (a lower bound when <paramref name="RemainingIsLowerBound"/>).</param>
/// <param name="RemainingIsLowerBound">True when counting stopped at <see cref="CountLimit"/> items (the sequence may be endless).</param>
internal sealed record SequenceSample(IReadOnlyList<object?> Items, long Remaining, bool RemainingIsLowerBound)
{
    /// <summary>How many items of a lazy sequence are counted at most.</summary>
    public const int CountLimit = 100_000;

    /// <summary>Enumerates <paramref name="source"/> once: keeps <paramref name="take"/> items, counts the rest.</summary>
    public static SequenceSample Take(IEnumerable source, int take)
    {
        var items = new List<object?>(Math.Min(take, 64));
        var enumerator = source.GetEnumerator();
        try
        {
            while (items.Count < take && enumerator.MoveNext())
            {
                items.Add(enumerator.Current);
            }

            if (source is ICollection collection)
            {
                return new SequenceSample(items, collection.Count - items.Count, false);
            }

            long remaining = 0;
            while (items.Count + remaining < CountLimit && enumerator.MoveNext())
            {
                remaining++;
            }

            return new SequenceSample(items, remaining, items.Count + remaining == CountLimit && enumerator.MoveNext());
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }

    /// <summary>The same sample showing at most <paramref name="count"/> items; the dropped ones join the rest.</summary>
    public SequenceSample Truncate(int count) => count >= Items.Count
        ? this
        : new SequenceSample(Items.Take(count).ToList(), Remaining + Items.Count - count, RemainingIsLowerBound);

    /// <summary>How many items there are in total ("at least" when <see cref="RemainingIsLowerBound"/>).</summary>
    public long Total => Items.Count + Remaining;

    /// <summary>
    /// The note that ends a truncated listing: "... (80 more)", "... (80 more items)" with a noun, or for a sequence
    /// counted only up to <see cref="CountLimit"/>, "... (more than 100000 in all)".
    /// </summary>
    public string MoreNote(string? noun = null) => RemainingIsLowerBound
        ? "... (more than " + (noun is null ? Total.ToString(CultureInfo.InvariantCulture) : Counting.Of(Total, noun)) + " in all)"
        : Counting.More(Remaining, noun);
}
