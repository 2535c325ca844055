using MedTwin.Physiology.Devices;

namespace MedTwin.Tests.Physiology.Devices;

public sealed class InsulinPumpTests
{
    private static InsulinPump Pump(InsulinPumpOptions? options = null) => new(options ?? new InsulinPumpOptions(), BasalSchedule.Constant(1.2));

    [Fact]
    public void A_bolus_is_rounded_down_to_the_increment_and_the_rounding_recorded()
    {
        var pump = Pump();

        var rounded = pump.Bolus(0, 2.37);
        var exact = pump.Bolus(10, 0.15);

        Assert.Equal(2.35, rounded.Delivered, 12);
        Assert.True(rounded.WasRounded);
        Assert.False(rounded.WasCapped);
        Assert.Equal(0.15, exact.Delivered);
        Assert.False(exact.WasRounded);
    }

    [Fact]
    public void A_bolus_above_the_maximum_is_capped_and_the_cap_recorded()
    {
        var pump = Pump(new InsulinPumpOptions { MaximumBolusUnits = 10 });

        var delivery = pump.Bolus(0, 12.5);

        Assert.Equal(new PumpDelivery(0, PumpDeliveryKind.Bolus, 12.5, 10, WasCapped: true, WasRounded: false), delivery);
        Assert.Equal([delivery], pump.Deliveries);
    }

    [Fact]
    public void A_temporary_basal_above_the_maximum_is_capped_and_the_cap_recorded()
    {
        var pump = Pump(new InsulinPumpOptions { MaximumBasalUnitsPerHour = 3 });

        var delivery = pump.SetTemporaryBasal(60, 4.02);

        Assert.True(delivery.WasCapped);
        Assert.Equal(3, delivery.Delivered);
        Assert.Equal(3.0 / 60, pump.RateAt(61), 12);
    }

    [Fact]
    public void The_rate_is_basal_plus_the_bolus_spread_over_its_delivery_minutes()
    {
        var pump = Pump(new InsulinPumpOptions { BolusDurationMinutes = 2 });
        pump.Bolus(30, 3);

        Assert.Equal(0.02, pump.RateAt(29.9), 12);
        Assert.Equal(0.02 + 1.5, pump.RateAt(30), 12);
        Assert.Equal(0.02 + 1.5, pump.RateAt(31.9), 12);
        Assert.Equal(0.02, pump.RateAt(32), 12);
    }

    [Fact]
    public void A_temporary_basal_holds_until_the_schedule_is_resumed()
    {
        var pump = Pump();
        pump.SetTemporaryBasal(60, 0);
        pump.ResumeScheduledBasal(120);

        Assert.Equal(0, pump.RateAt(90));
        Assert.Equal(0.02, pump.RateAt(120), 12);
    }

    [Fact]
    public void Rate_segments_are_piecewise_constant_and_integrate_to_the_delivered_insulin()
    {
        var pump = new InsulinPump(new InsulinPumpOptions(), new BasalSchedule([new BasalSegment(0, 0.6), new BasalSegment(180, 1.2)]));
        pump.Bolus(60, 4);
        pump.SetTemporaryBasal(300, 0.3);

        var segments = pump.RateSegments(0, 1440);

        Assert.Equal(0, segments[0].StartMinutes);
        Assert.Equal(1440, segments[^1].EndMinutes);
        Assert.All(segments.Zip(segments.Skip(1)), pair => Assert.Equal(pair.First.EndMinutes, pair.Second.StartMinutes));
        var total = segments.Sum(s => s.UnitsPerMinute * (s.EndMinutes - s.StartMinutes));
        Assert.Equal((0.6 * 3) + (1.2 * 2) + (0.3 * 19) + 4, total, 12);
    }

    [Fact]
    public void Requests_out_of_time_order_are_rejected()
    {
        var pump = Pump();
        pump.Bolus(30, 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => pump.SetTemporaryBasal(20, 1));
        Assert.Equal("timeMinutes", error.ParamName);
        Assert.Contains("time order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_or_nan_requests_are_rejected_naming_the_amount()
    {
        var pump = Pump();

        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => pump.Bolus(0, -1)).ParamName);
        Assert.Equal("unitsPerHour", Assert.Throws<ArgumentOutOfRangeException>(() => pump.SetTemporaryBasal(0, double.NaN)).ParamName);
        Assert.Equal("toMinutes", Assert.Throws<ArgumentOutOfRangeException>(() => pump.RateSegments(10, 10)).ParamName);
    }

    [Fact]
    public void Increments_that_are_not_positive_and_limits_below_zero_are_rejected()
    {
        Assert.Equal("BolusIncrementUnits", Assert.Throws<ArgumentOutOfRangeException>(() => new InsulinPumpOptions { BolusIncrementUnits = 0 }).ParamName);
        Assert.Equal("BasalIncrementUnitsPerHour", Assert.Throws<ArgumentOutOfRangeException>(() => new InsulinPumpOptions { BasalIncrementUnitsPerHour = -0.05 }).ParamName);
        Assert.Equal("MaximumBolusUnits", Assert.Throws<ArgumentOutOfRangeException>(() => new InsulinPumpOptions { MaximumBolusUnits = -1 }).ParamName);
        Assert.Equal("MaximumBasalUnitsPerHour", Assert.Throws<ArgumentOutOfRangeException>(() => new InsulinPumpOptions { MaximumBasalUnitsPerHour = -1 }).ParamName);
    }

    [Fact]
    public void A_schedule_above_the_maximum_basal_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new InsulinPump(new InsulinPumpOptions { MaximumBasalUnitsPerHour = 1 }, BasalSchedule.Constant(2)));
        Assert.Contains("exceeds MaximumBasalUnitsPerHour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_rate_that_is_not_a_multiple_of_the_basal_increment_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new InsulinPump(new InsulinPumpOptions(), BasalSchedule.Constant(0.83)));
        Assert.Contains("not a multiple of BasalIncrementUnitsPerHour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delivered_amounts_are_exact_multiples_of_the_increment_without_floating_point_residue() =>
        Assert.Equal(0.3, Pump().Bolus(0, 0.32).Delivered);
}
