using MedTwin.Physiology.Epidemics;

namespace MedTwin.Physiology.Vaccines;

/// <summary>
/// Antibody titre after vaccine doses, in closed form, piecewise log-linear. Before the first dose the titre is
/// <see cref="BaselineTitre"/>. A dose given at titre T₀ raises it to the peak P = max(T₀, min(T₀·fold-rise, ceiling))
/// along a log-linear rise lasting <see cref="DaysToPeak"/> (T(t) = T₀·(P/T₀)^((t − dose)/days to peak)), after which it
/// wanes exponentially, T(t) = P·2^(−(t − peak day)/half-life), until the next dose. A dose before the previous peak
/// starts from the titre reached on the rise. Titres are in any consistent titre unit (e.g. neutralising titre as a
/// fold of the mean convalescent level, as in Khoury et al., Nat Med 27 (2021) 1205–1211, who estimated a half-life of
/// about 108 days over the first 250 days after vaccination or infection); time in days. The multiplicative boost with
/// a ceiling is a simplification of the antibody-ceiling effect (higher pre-dose titres rise less).
/// </summary>
public sealed record AntibodyKinetics
{
    /// <summary>Titre before the first dose (titre units, positive: e.g. the assay's limit of detection).</summary>
    public required double BaselineTitre { get; init => field = Require.Positive(value, nameof(BaselineTitre)); }

    /// <summary>Fold-rise from the pre-dose titre to the peak (≥ 1).</summary>
    public required double FoldRisePerDose { get; init => field = double.IsFinite(value) && value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(FoldRisePerDose), value, "FoldRisePerDose must be at least 1 and finite."); }

    /// <summary>Days from a dose to its peak (days, zero for an immediate rise).</summary>
    public required double DaysToPeak { get; init => field = Require.NonNegative(value, nameof(DaysToPeak)); }

    /// <summary>Half-life of the waning titre (days).</summary>
    public required double HalfLife { get; init => field = Require.Positive(value, nameof(HalfLife)); }

    /// <summary>Highest titre a dose can raise the titre to (titre units); no ceiling when null.</summary>
    public double? CeilingTitre { get; init => field = Require.PositiveOrAbsent(value, nameof(CeilingTitre)); }

    /// <summary>The titre curve produced by doses on <paramref name="doseDays"/> (days, any order).</summary>
    /// <exception cref="ArgumentException">A dose day is negative or not finite, or there is no dose.</exception>
    public TitreCurve After(IEnumerable<double> doseDays)
    {
        ArgumentNullException.ThrowIfNull(doseDays);
        var days = doseDays.Select(d => Require.NonNegative(d, nameof(doseDays))).Order().ToArray();
        if (days.Length == 0)
        {
            throw new ArgumentException("At least one dose day is needed.", nameof(doseDays));
        }

        var waning = -Math.Log(2) / HalfLife;
        var segments = new List<TitreSegment>();
        if (days[0] > 0)
        {
            segments.Add(new TitreSegment(0, days[0], BaselineTitre, 0));
        }

        var titre = BaselineTitre;
        for (var dose = 0; dose < days.Length; dose++)
        {
            var next = dose + 1 < days.Length ? days[dose + 1] : double.PositiveInfinity;
            var peak = Math.Max(titre, Math.Min(titre * FoldRisePerDose, CeilingTitre ?? double.PositiveInfinity));
            var peakDay = days[dose] + DaysToPeak;
            if (DaysToPeak > 0)
            {
                var rise = new TitreSegment(days[dose], Math.Min(peakDay, next), titre, Math.Log(peak / titre) / DaysToPeak);
                segments.Add(rise);
                titre = rise.TitreAt(rise.EndDay);
            }

            if (peakDay < next)
            {
                var decay = new TitreSegment(peakDay, next, peak, waning);
                segments.Add(decay);
                titre = decay.TitreAt(next);
            }
        }

        return new TitreCurve(segments, days);
    }
}
