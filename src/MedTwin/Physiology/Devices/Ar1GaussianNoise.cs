namespace MedTwin.Physiology.Devices;

/// <summary>
/// Stationary first-order autoregressive Gaussian noise, e(k) = φ·e(k−1) + σ·√(1−φ²)·z(k) with z standard normal, so
/// every e(k) has mean 0, standard deviation σ and lag-1 autocorrelation φ. The first value is drawn from the stationary
/// distribution. Normal deviates come from the Box–Muller transform of a seeded <see cref="Random"/>.
/// </summary>
public sealed class Ar1GaussianNoise
{
    private readonly Random random;
    private readonly double innovationScale;
    private double? previous;
    private double? spareDeviate;

    /// <summary>Noise with standard deviation <paramref name="standardDeviation"/> and lag-1 autocorrelation <paramref name="autocorrelation"/> in [0, 1).</summary>
    public Ar1GaussianNoise(double standardDeviation, double autocorrelation, int seed)
    {
        StandardDeviation = Require.NonNegative(standardDeviation, nameof(standardDeviation));
        Autocorrelation = double.IsFinite(autocorrelation) && autocorrelation is >= 0 and < 1
            ? autocorrelation
            : throw new ArgumentOutOfRangeException(nameof(autocorrelation), autocorrelation, "autocorrelation must lie in [0, 1).");
        innovationScale = standardDeviation * Math.Sqrt(1 - (autocorrelation * autocorrelation));
        random = new Random(seed);
    }

    /// <summary>The stationary standard deviation σ.</summary>
    public double StandardDeviation { get; }

    /// <summary>The lag-1 autocorrelation φ.</summary>
    public double Autocorrelation { get; }

    /// <summary>The next value of the noise sequence.</summary>
    public double Next()
    {
        var next = previous is null ? StandardDeviation * NextStandardNormal() : (Autocorrelation * previous.Value) + (innovationScale * NextStandardNormal());
        previous = next;
        return next;
    }

    private double NextStandardNormal()
    {
        if (spareDeviate is { } spare)
        {
            spareDeviate = null;
            return spare;
        }

        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        spareDeviate = radius * Math.Sin(2.0 * Math.PI * u2);
        return radius * Math.Cos(2.0 * Math.PI * u2);
    }
}
