namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// A dosing regimen as data: the doses in time order. Concentrations under a regimen are the sum of each dose's
/// contribution (superposition, valid for the linear models here); see <see cref="Superposition"/>.
/// </summary>
public sealed class DosingRegimen
{
    private DosingRegimen(IEnumerable<Dose> doses)
    {
        Doses = [.. doses.OrderBy(d => d.Time)];
        if (Doses.Count == 0)
        {
            throw new ArgumentException("A regimen needs at least one dose.", nameof(doses));
        }
    }

    /// <summary>The doses, ordered by time (doses at the same time keep the order given).</summary>
    public IReadOnlyList<Dose> Doses { get; }

    /// <summary>One dose.</summary>
    public static DosingRegimen Once(Dose dose) => new([dose]);

    /// <summary><paramref name="count"/> copies of <paramref name="first"/>, every <paramref name="interval"/> h (τ) from its time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is not positive or the count is below 1.</exception>
    public static DosingRegimen Repeated(Dose first, double interval, int count)
    {
        ArgumentNullException.ThrowIfNull(first);
        Require.Positive(interval, nameof(interval));
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new(Enumerable.Range(0, count).Select(i => first.At(first.Time + (i * interval))));
    }

    /// <summary>
    /// A loading dose followed by <paramref name="maintenanceCount"/> maintenance doses of
    /// <paramref name="maintenanceAmount"/> mg by the same route, the first one <paramref name="interval"/> h after the loading dose.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative, the interval not positive or the count below 1.</exception>
    public static DosingRegimen LoadingThenMaintenance(Dose loading, double maintenanceAmount, double interval, int maintenanceCount)
    {
        ArgumentNullException.ThrowIfNull(loading);
        Require.Positive(interval, nameof(interval));
        ArgumentOutOfRangeException.ThrowIfLessThan(maintenanceCount, 1);
        var maintenance = Enumerable.Range(1, maintenanceCount)
            .Select(i => new Dose(loading.Time + (i * interval), maintenanceAmount, loading.Route, loading.InfusionDuration));
        return new([loading, .. maintenance]);
    }

    /// <summary>Any schedule of doses (time, amount, route, infusion duration).</summary>
    public static DosingRegimen Custom(IEnumerable<Dose> doses)
    {
        ArgumentNullException.ThrowIfNull(doses);
        return new(doses);
    }
}
