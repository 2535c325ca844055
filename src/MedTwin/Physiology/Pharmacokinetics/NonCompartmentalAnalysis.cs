using System.Globalization;

namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// Non-compartmental analysis of one concentration-time profile. λz is chosen as PKNCA and Phoenix WinNonlin's "best fit"
/// do: ln C is regressed on t over the last n points for every n from the minimum (3) to all positive points after Tmax;
/// fits with λz ≤ 0 are dropped; among fits whose adjusted R² is within the tolerance (1e-4) of the largest, the one with
/// most points is taken.
/// </summary>
public static class NonCompartmentalAnalysis
{
    /// <summary>Analyses observations at strictly increasing <paramref name="times"/> (h) of <paramref name="concentrations"/> (mg/L).</summary>
    /// <exception cref="ArgumentException">
    /// The lists differ in length or have fewer than 2 points, a time does not increase or is not finite, a concentration
    /// is negative or not finite, or every concentration is zero; the message names the index.
    /// </exception>
    public static NcaResult Analyse(IReadOnlyList<double> times, IReadOnlyList<double> concentrations, NcaOptions? options = null)
    {
        options ??= new NcaOptions();
        Check(times, concentrations);
        var peak = 0;
        for (var i = 1; i < concentrations.Count; i++)
        {
            if (concentrations[i] > concentrations[peak])
            {
                peak = i;
            }
        }

        var last = Enumerable.Range(0, concentrations.Count).Last(i => concentrations[i] > 0);
        var auc = 0.0;
        for (var i = 0; i < last; i++)
        {
            auc += Segment(times[i + 1] - times[i], concentrations[i], concentrations[i + 1], options.AucMethod);
        }

        var terminal = Terminal(times, concentrations, options.IncludeTmaxInTerminalPhase ? peak : peak + 1, last, options);
        return new(concentrations[peak], times[peak], concentrations[last], times[last], auc, terminal);
    }

    private static double Segment(double width, double from, double to, AucMethod method) =>
        method == AucMethod.LinearUpLogDown && to < from && to > 0
            ? width * (from - to) / Math.Log(from / to)
            : width * (from + to) / 2;

    private static TerminalPhase? Terminal(IReadOnlyList<double> times, IReadOnlyList<double> concentrations, int first, int last, NcaOptions options)
    {
        var candidates = Enumerable.Range(first, Math.Max(last - first + 1, 0)).Where(i => concentrations[i] > 0).ToArray();
        var fits = new List<TerminalPhase>();
        for (var n = options.MinimumTerminalPoints; n <= candidates.Length; n++)
        {
            var fit = LogLinear(candidates[^n..], times, concentrations);
            if (fit.LambdaZ > 0)
            {
                fits.Add(fit);
            }
        }

        if (fits.Count == 0)
        {
            return null;
        }

        var best = fits.Max(f => f.AdjustedRSquared);
        return fits.Where(f => f.AdjustedRSquared >= best - options.AdjustedRSquaredTolerance).MaxBy(f => f.PointCount);
    }

    private static TerminalPhase LogLinear(int[] points, IReadOnlyList<double> times, IReadOnlyList<double> concentrations)
    {
        var n = points.Length;
        var meanT = points.Average(i => times[i]);
        var meanY = points.Average(i => Math.Log(concentrations[i]));
        double sxx = 0, sxy = 0, syy = 0;
        foreach (var i in points)
        {
            var dt = times[i] - meanT;
            var dy = Math.Log(concentrations[i]) - meanY;
            sxx += dt * dt;
            sxy += dt * dy;
            syy += dy * dy;
        }

        var slope = sxy / sxx;
        var rSquared = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        var adjusted = 1 - ((1 - rSquared) * (n - 1) / (n - 2));
        return new(-slope, meanY - (slope * meanT), n, times[points[0]], adjusted);
    }

    private static void Check(IReadOnlyList<double> times, IReadOnlyList<double> concentrations)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(concentrations);
        if (times.Count != concentrations.Count)
        {
            throw new ArgumentException($"There are {times.Count} times but {concentrations.Count} concentrations.", nameof(concentrations));
        }

        if (times.Count < 2)
        {
            throw new ArgumentException($"A profile needs at least 2 observations, found {times.Count}.", nameof(times));
        }

        for (var i = 0; i < times.Count; i++)
        {
            if (!double.IsFinite(times[i]) || (i > 0 && times[i] <= times[i - 1]))
            {
                throw new ArgumentException($"Times must be finite and strictly increasing; time[{i}] = {times[i].ToString("R", CultureInfo.InvariantCulture)} follows {(i > 0 ? times[i - 1].ToString("R", CultureInfo.InvariantCulture) : "nothing")}.", nameof(times));
            }

            if (!double.IsFinite(concentrations[i]) || concentrations[i] < 0)
            {
                throw new ArgumentException($"Concentrations must be zero or positive and finite; concentration[{i}] = {concentrations[i].ToString("R", CultureInfo.InvariantCulture)}.", nameof(concentrations));
            }
        }

        if (concentrations.All(c => c == 0))
        {
            throw new ArgumentException($"All {concentrations.Count} concentrations are zero: there is no profile to analyse.", nameof(concentrations));
        }
    }
}
