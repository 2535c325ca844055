using System.Globalization;

namespace MedTwin.Data.Quality;

/// <summary>
/// The smallest subgroup a study accepts as represented: a minimum share of all rows or a minimum count of rows.
/// A subgroup below it gets a warning in the quality report.
/// </summary>
public sealed class RepresentationThreshold
{
    private RepresentationThreshold(double? minimumShare, int? minimumCount)
    {
        MinimumShare = minimumShare;
        MinimumCount = minimumCount;
    }

    /// <summary>The minimum share of all rows (between 0 and 1), when the threshold is a share.</summary>
    public double? MinimumShare { get; }

    /// <summary>The minimum number of rows, when the threshold is a count.</summary>
    public int? MinimumCount { get; }

    /// <summary>A subgroup needs at least <paramref name="share"/> of all rows, e.g. 0.05 for 5 %.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is not a number between 0 and 1.</exception>
    public static RepresentationThreshold Share(double share)
    {
        if (!(share is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "A minimum share is a number between 0 and 1, e.g. 0.05 for 5 %.");
        }

        return new RepresentationThreshold(share, null);
    }

    /// <summary>A subgroup needs at least <paramref name="count"/> rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static RepresentationThreshold Count(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new RepresentationThreshold(null, count);
    }

    /// <summary>Whether a subgroup of <paramref name="count"/> rows out of <paramref name="total"/> falls below the threshold.</summary>
    public bool IsBelow(int count, int total) => MinimumCount is { } minimum
        ? count < minimum
        : total > 0 && (double)count / total < MinimumShare!.Value;

    /// <summary>The smallest count that meets the threshold out of <paramref name="total"/> rows (for charts).</summary>
    public double MinimumRows(int total) => MinimumCount ?? MinimumShare!.Value * total;

    /// <summary>The threshold in words, e.g. "minimum share 5.0%" or "minimum count 30".</summary>
    public override string ToString() => MinimumCount is { } minimum
        ? "minimum count " + minimum.ToString(CultureInfo.InvariantCulture)
        : "minimum share " + Percent.Format(MinimumShare!.Value);
}
