namespace MedTwin.Physiology.Devices;

/// <summary>
/// An insulin pump. It delivers the scheduled basal rate, or a temporary rate while one is set, plus boluses, each
/// bolus spread evenly over <see cref="InsulinPumpOptions.BolusDurationMinutes"/>. A request is first capped at the
/// pump's maximum, then rounded down to its increment (a pump never delivers more than asked); both are recorded in
/// <see cref="Deliveries"/>. Requests come in time order. The delivered insulin is a piecewise-constant rate (U/min) that
/// a simulation reads with <see cref="RateAt"/> or <see cref="RateSegments"/>.
/// </summary>
public sealed class InsulinPump
{
    // Tolerance for rounding down to the increment, so that 0.15 requested with a 0.05 step is not read as 0.1499….
    private const double IncrementTolerance = 1e-9;

    private readonly InsulinPumpOptions options;
    private readonly BasalSchedule schedule;
    private readonly List<PumpDelivery> deliveries = [];

    /// <summary>A pump with its settings and basal schedule.</summary>
    public InsulinPump(InsulinPumpOptions options, BasalSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(schedule);
        foreach (var segment in schedule.Segments)
        {
            if (segment.UnitsPerHour > options.MaximumBasalUnitsPerHour)
            {
                throw new ArgumentException($"The schedule's rate {segment.UnitsPerHour} U/h from minute {segment.StartMinuteOfDay} exceeds MaximumBasalUnitsPerHour ({options.MaximumBasalUnitsPerHour}).", nameof(schedule));
            }

            if (Limit(segment.UnitsPerHour, double.PositiveInfinity, options.BasalIncrementUnitsPerHour).Rounded)
            {
                throw new ArgumentException($"The schedule's rate {segment.UnitsPerHour} U/h from minute {segment.StartMinuteOfDay} is not a multiple of BasalIncrementUnitsPerHour ({options.BasalIncrementUnitsPerHour}); the pump cannot deliver it.", nameof(schedule));
            }
        }

        this.options = options;
        this.schedule = schedule;
    }

    /// <summary>Every request so far, in time order, with what was delivered.</summary>
    public IReadOnlyList<PumpDelivery> Deliveries => deliveries;

    /// <summary>Requests a bolus of <paramref name="units"/> at <paramref name="timeMinutes"/>; returns the record of what is delivered.</summary>
    public PumpDelivery Bolus(double timeMinutes, double units)
    {
        RequireInOrder(timeMinutes);
        Require.NonNegative(units, nameof(units));
        var (delivered, capped, rounded) = Limit(units, options.MaximumBolusUnits, options.BolusIncrementUnits);
        return Record(new PumpDelivery(timeMinutes, PumpDeliveryKind.Bolus, units, delivered, capped, rounded));
    }

    /// <summary>Sets a temporary basal rate (U/h) from <paramref name="timeMinutes"/> until the next basal request.</summary>
    public PumpDelivery SetTemporaryBasal(double timeMinutes, double unitsPerHour)
    {
        RequireInOrder(timeMinutes);
        Require.NonNegative(unitsPerHour, nameof(unitsPerHour));
        var (delivered, capped, rounded) = Limit(unitsPerHour, options.MaximumBasalUnitsPerHour, options.BasalIncrementUnitsPerHour);
        return Record(new PumpDelivery(timeMinutes, PumpDeliveryKind.TemporaryBasal, unitsPerHour, delivered, capped, rounded));
    }

    /// <summary>Returns to the scheduled basal rates from <paramref name="timeMinutes"/>.</summary>
    public PumpDelivery ResumeScheduledBasal(double timeMinutes)
    {
        RequireInOrder(timeMinutes);
        return Record(new PumpDelivery(timeMinutes, PumpDeliveryKind.ScheduledBasal, double.NaN, double.NaN, false, false));
    }

    /// <summary>The delivery rate (U/min) at <paramref name="timeMinutes"/>: basal and any bolus in progress.</summary>
    public double RateAt(double timeMinutes)
    {
        Require.Finite(timeMinutes, nameof(timeMinutes));
        var rate = BasalUnitsPerHourAt(timeMinutes) / 60;
        foreach (var bolus in deliveries.Where(d => d.Kind == PumpDeliveryKind.Bolus))
        {
            if (timeMinutes >= bolus.TimeMinutes && timeMinutes < bolus.TimeMinutes + options.BolusDurationMinutes)
            {
                rate += bolus.Delivered / options.BolusDurationMinutes;
            }
        }

        return rate;
    }

    /// <summary>The delivery rate as constant spans covering [<paramref name="fromMinutes"/>, <paramref name="toMinutes"/>), for a solver to integrate piece by piece.</summary>
    public IReadOnlyList<InsulinRateSegment> RateSegments(double fromMinutes, double toMinutes)
    {
        Require.Finite(fromMinutes, nameof(fromMinutes));
        Require.Finite(toMinutes, nameof(toMinutes));
        if (toMinutes <= fromMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(toMinutes), toMinutes, $"toMinutes must be after fromMinutes ({fromMinutes}).");
        }

        var breaks = new SortedSet<double> { fromMinutes, toMinutes };
        foreach (var delivery in deliveries)
        {
            breaks.Add(delivery.TimeMinutes);
            if (delivery.Kind == PumpDeliveryKind.Bolus)
            {
                breaks.Add(delivery.TimeMinutes + options.BolusDurationMinutes);
            }
        }

        for (var change = schedule.NextChangeAfter(fromMinutes); change < toMinutes; change = schedule.NextChangeAfter(change))
        {
            breaks.Add(change);
        }

        var points = breaks.Where(t => t >= fromMinutes && t <= toMinutes).ToArray();
        var segments = new List<InsulinRateSegment>();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            var rate = RateAt(points[i]);
            if (segments.Count > 0 && segments[^1].UnitsPerMinute == rate)
            {
                segments[^1] = segments[^1] with { EndMinutes = points[i + 1] };
            }
            else
            {
                segments.Add(new InsulinRateSegment(points[i], points[i + 1], rate));
            }
        }

        return segments;
    }

    private double BasalUnitsPerHourAt(double timeMinutes)
    {
        var command = deliveries.LastOrDefault(d => d.Kind != PumpDeliveryKind.Bolus && d.TimeMinutes <= timeMinutes);
        return command is { Kind: PumpDeliveryKind.TemporaryBasal } ? command.Delivered : schedule.RateAt(timeMinutes);
    }

    private void RequireInOrder(double timeMinutes)
    {
        Require.Finite(timeMinutes, nameof(timeMinutes));
        if (deliveries.Count > 0 && timeMinutes < deliveries[^1].TimeMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(timeMinutes), timeMinutes, $"Requests must come in time order; the last was at {deliveries[^1].TimeMinutes} min.");
        }
    }

    private PumpDelivery Record(PumpDelivery delivery)
    {
        deliveries.Add(delivery);
        return delivery;
    }

    private static (double Delivered, bool Capped, bool Rounded) Limit(double requested, double maximum, double increment)
    {
        var capped = requested > maximum;
        var limited = capped ? maximum : requested;
        // Rounded to 12 decimals so that 6 steps of 0.05 U record as 0.3, not 0.30000000000000004.
        var delivered = Math.Min(Math.Round(Math.Floor((limited / increment) + IncrementTolerance) * increment, 12), limited);
        var rounded = Math.Abs(delivered - limited) > IncrementTolerance * increment;
        return (rounded ? delivered : limited, capped, rounded);
    }
}
