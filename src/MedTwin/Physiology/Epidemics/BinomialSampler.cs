namespace MedTwin.Physiology.Epidemics;

/// <summary>
/// Exact binomial draws from a <see cref="Random"/>, in O(log n) uniforms for large n. MathNet.Numerics' sampler flips
/// n coins, too slow for leaps over thousands of persons.
/// </summary>
internal static class BinomialSampler
{
    /// <summary>Below this n·min(p, 1 − p), inversion from 0 is fast and (1 − p)^n cannot underflow.</summary>
    private const double InversionLimit = 20;

    /// <summary>A draw from Bin(<paramref name="trials"/>, <paramref name="probability"/>).</summary>
    public static int Sample(Random random, int trials, double probability)
    {
        var successes = 0;
        // Knuth, TAOCP vol. 2 (3rd ed.), 3.4.1 F: the a-th smallest of n uniforms is Beta(a, n + 1 − a); counting the
        // uniforms on each side of it halves n each time.
        while (probability > 0 && probability < 1 && trials * Math.Min(probability, 1 - probability) > InversionLimit)
        {
            var a = 1 + (trials / 2);
            var b = trials + 1 - a;
            var median = Beta(random, a, b);
            if (median >= probability)
            {
                trials = a - 1;
                probability /= median;
            }
            else
            {
                successes += a;
                trials = b - 1;
                probability = (probability - median) / (1 - median);
            }
        }

        return successes + (probability <= 0.5 ? Inversion(random, trials, probability) : trials - Inversion(random, trials, 1 - probability));
    }

    private static int Inversion(Random random, int trials, double probability)
    {
        if (trials == 0 || probability <= 0)
        {
            return 0;
        }

        var ratio = probability / (1 - probability);
        var mass = Math.Pow(1 - probability, trials);
        var cumulative = mass;
        var uniform = random.NextDouble();
        var successes = 0;
        while (uniform > cumulative && successes < trials)
        {
            mass *= ratio * (trials - successes) / (successes + 1);
            cumulative += mass;
            successes++;
        }

        return successes;
    }

    private static double Beta(Random random, double a, double b)
    {
        var x = Gamma(random, a);
        return x / (x + Gamma(random, b));
    }

    /// <summary>Marsaglia &amp; Tsang, ACM TOMS 26 (2000) 363–372, for shape ≥ 1.</summary>
    private static double Gamma(Random random, double shape)
    {
        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            var x = StandardNormal(random);
            var v = 1 + (c * x);
            if (v <= 0)
            {
                continue;
            }

            v *= v * v;
            var u = 1 - random.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    /// <summary>Box–Muller, using one of the pair so the draw count per call is fixed.</summary>
    private static double StandardNormal(Random random)
    {
        var u = 1 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
