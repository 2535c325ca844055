namespace MedTwin.Physiology.Vaccines;

/// <summary>A stretch [start, end) of a titre curve on which ln(titre) is linear in time: baseline, rise or waning.</summary>
/// <param name="StartDay">Start (days).</param>
/// <param name="EndDay">End (days), infinite for the last waning.</param>
/// <param name="StartTitre">Titre at the start (titre units).</param>
/// <param name="LogSlope">d ln(titre)/dt (per day).</param>
internal sealed record TitreSegment(double StartDay, double EndDay, double StartTitre, double LogSlope)
{
    public double TitreAt(double day) => StartTitre * Math.Exp(LogSlope * (day - StartDay));

    /// <summary>The part of the segment within [from, to] where the titre is at least <paramref name="titre"/>; null when none.</summary>
    public (double Start, double End)? WhereAtLeast(double titre, double from, double to)
    {
        var start = Math.Max(StartDay, from);
        var end = Math.Min(EndDay, to);
        if (!(end > start))
        {
            return null;
        }

        var crossing = LogSlope == 0 ? double.NaN : StartDay + (Math.Log(titre / StartTitre) / LogSlope);
        (start, end) = LogSlope switch
        {
            > 0 => (Math.Max(start, crossing), end),
            < 0 => (start, Math.Min(end, crossing)),
            _ => StartTitre >= titre ? (start, end) : (end, end),
        };
        return end > start ? (start, end) : null;
    }
}
