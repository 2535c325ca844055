using System.Globalization;

namespace MedTwin.Charts.Static;

/// <summary>
/// Histogram bins <c>[Start + k·Size, Start + (k+1)·Size)</c> up to <see cref="End"/>: a value on an edge belongs to the
/// bin it starts. <see cref="For"/> is the rule MedTwin bins by: Sturges' number of bins (⌈log₂ n⌉ + 1) over all the
/// values pooled, widened to a "nice" size (1, 2, 2.5 or 5 times a power of ten), starting at a multiple of the size at
/// or below the smallest value and ending past the largest; a single distinct value gets bins of size 1.
/// </summary>
internal sealed record HistogramBins(double Start, double End, double Size)
{
    /// <summary>The most bins a histogram is drawn with: more would not show as bars at any figure size.</summary>
    public const int MaximumCount = 100_000;

    private static readonly double[] NiceSteps = [1, 2, 2.5, 5, 10];

    public int Count => Math.Max(1, (int)Math.Round((End - Start) / Size));

    public double Edge(int k) => Start + (k * Size);

    /// <summary>The bins for <paramref name="values"/> (finite ones), or null when there are none.</summary>
    public static HistogramBins? For(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return null;
        }

        var (min, max) = (finite.Min(), finite.Max());
        var size = max > min ? Nice((max - min) / (Math.Ceiling(Math.Log2(finite.Length)) + 1)) : 1;
        var start = Math.Floor(min / size) * size;
        var count = (int)Math.Floor((max - start) / size) + 1;
        return new HistogramBins(start, start + (count * size), size);
    }

    /// <summary>How many of <paramref name="values"/> fall in each bin; values outside the bins are not counted.</summary>
    public int[] Counts(IEnumerable<double> values)
    {
        var counts = new int[Count];
        foreach (var v in values.Where(double.IsFinite))
        {
            if (v < Start || v >= End)
            {
                continue;
            }

            var k = Math.Clamp((int)Math.Floor((v - Start) / Size), 0, Count - 1);
            while (k > 0 && v < Edge(k))
            {
                k--;
            }

            while (k < Count - 1 && v >= Edge(k + 1))
            {
                k++;
            }

            counts[k]++;
        }

        return counts;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}, {End}) by {Size}");

    private static double Nice(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return NiceSteps.First(s => s * power >= raw * (1 - 1e-12)) * power;
    }
}
