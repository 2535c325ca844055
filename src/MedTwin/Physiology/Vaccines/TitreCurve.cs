namespace MedTwin.Physiology.Vaccines;

/// <summary>The titre over time after a schedule of doses (titre units against days); built by <see cref="AntibodyKinetics.After"/>.</summary>
public sealed class TitreCurve
{
    private readonly IReadOnlyList<TitreSegment> segments;

    internal TitreCurve(IReadOnlyList<TitreSegment> segments, IReadOnlyList<double> doseDays)
    {
        this.segments = segments;
        DoseDays = doseDays;
    }

    /// <summary>The dose days, in order.</summary>
    public IReadOnlyList<double> DoseDays { get; }

    /// <summary>The titre (titre units) on <paramref name="day"/> (days, non-negative).</summary>
    public double At(double day)
    {
        Epidemics.Require.NonNegative(day, nameof(day));
        return segments.Last(s => s.StartDay <= day).TitreAt(day);
    }

    /// <summary>
    /// The day the titre falls below <paramref name="titre"/> for good: the end of the last stretch where it is at
    /// least that; null if it never is.
    /// </summary>
    public double? DayFallingBelowForGood(double titre)
    {
        Epidemics.Require.Positive(titre, nameof(titre));
        return segments.Select(s => s.WhereAtLeast(titre, 0, double.PositiveInfinity)).LastOrDefault(s => s is not null)?.End;
    }

    /// <summary>Days in [0, <paramref name="horizon"/>] on which the titre is at least <paramref name="titre"/>.</summary>
    public double DaysAtLeast(double titre, double horizon)
    {
        Epidemics.Require.Positive(titre, nameof(titre));
        Epidemics.Require.Positive(horizon, nameof(horizon));
        return segments.Select(s => s.WhereAtLeast(titre, 0, horizon)).Sum(s => s is { } stretch ? stretch.End - stretch.Start : 0);
    }

    /// <summary>The highest titre (titre units).</summary>
    public double Peak => segments.Max(s => Math.Max(s.StartTitre, s.TitreAt(double.IsFinite(s.EndDay) ? s.EndDay : s.StartDay)));
}
