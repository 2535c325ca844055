using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Simulation;

/// <summary>
/// A patient's true vital signs over time: a baseline and a list of changes (<see cref="VitalSignChange"/>), each vital
/// sign following its own changes one after another. The course is data, so a study states it and a reader can check it.
/// </summary>
public sealed class VitalSignsTrajectory
{
    /// <summary>A course starting from <paramref name="baseline"/> and following <paramref name="changes"/> (none: the baseline throughout).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A baseline value or a change's value is outside its code's plausible range, a change starts before 0 or lasts a negative time, or consciousness changes gradually.</exception>
    /// <exception cref="ArgumentException">A change names a code that is not a vital sign, or two changes of one vital sign overlap.</exception>
    public VitalSignsTrajectory(VitalSigns baseline, IEnumerable<VitalSignChange>? changes = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        Baseline = baseline.Validated(nameof(baseline));
        var list = (changes ?? []).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            Validate(list[i], i, nameof(changes));
        }

        Changes = [.. list.OrderBy(c => VitalSignsIndex(c.Code)).ThenBy(c => c.Start)];
        for (var i = 1; i < Changes.Count; i++)
        {
            var (previous, next) = (Changes[i - 1], Changes[i]);
            if (previous.Code == next.Code && next.Start < previous.Start + previous.Duration)
            {
                throw new ArgumentException(
                    VitalSignRange.Text($"Two changes of {VitalSignRange.Name(next.Code)} ({next.Code}) overlap: one from {previous.Start} to {previous.Start + previous.Duration}, one from {next.Start}; a vital sign follows one change at a time."),
                    nameof(changes));
            }
        }
    }

    /// <summary>The values before any change.</summary>
    public VitalSigns Baseline { get; }

    /// <summary>The changes, by vital sign (NEWS2 chart order), then by start.</summary>
    public IReadOnlyList<VitalSignChange> Changes { get; }

    /// <summary>The true vital signs at <paramref name="elapsed"/> after the start.</summary>
    public VitalSigns At(TimeSpan elapsed)
    {
        var vitals = Baseline;
        foreach (var change in Changes.Where(c => c.Start <= elapsed))
        {
            var from = vitals.ValueOf(change.Code);
            var progress = change.Duration == TimeSpan.Zero ? 1 : Math.Min(1, (elapsed - change.Start) / change.Duration);
            vitals = vitals.With(change.Code, from + ((change.Value - from) * progress));
        }

        return vitals;
    }

    private static void Validate(VitalSignChange change, int index, string parameter)
    {
        if (change is null)
        {
            throw new ArgumentException($"Change [{index}] is null.", parameter);
        }

        if (VitalSignsIndex(change.Code) < 0)
        {
            throw new ArgumentException($"Change [{index}] names '{change.Code}', which is not a vital sign; expected one of {string.Join(", ", VitalSigns.Codes)}.", parameter);
        }

        var what = $"Change [{index}] of {VitalSignRange.Name(change.Code)}";
        if (change.Start < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(parameter, change.Start, $"{what} starts at {change.Start}, before the simulation starts.");
        }

        if (change.Duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(parameter, change.Duration, $"{what} lasts {change.Duration}; a duration is zero or positive.");
        }

        if (change.Code == ObservationCodes.Consciousness && change.Duration != TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(parameter, change.Duration, $"{what} lasts {change.Duration}; a level of consciousness changes in a step (duration zero).");
        }

        VitalSignRange.Check(change.Code, change.Value, parameter, $"{what}'s value");
    }

    private static int VitalSignsIndex(string? code) => code is null ? -1 : VitalSigns.Codes.ToList().IndexOf(code);
}
