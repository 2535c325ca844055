using MedTwin.Physiology.ClosedLoop;
using MedTwin.Physiology.Controllers;
using MedTwin.Physiology.Devices;
using MedTwin.Physiology.Glucose;
using MedTwin.Tests.Physiology.Glucose;

namespace MedTwin.Tests.Physiology.ClosedLoop;

/// <summary>Patient → CGM → controller → pump → patient on the UVA/Padova model.</summary>
public sealed class GlucoseClosedLoopTests
{
    private const double Day = 1440;

    private static readonly IReadOnlyList<Meal> Meals = GlucoseScenario.ThreeMealsADay(1).Meals;

    private static ClosedLoopRun Run(IGlucoseController controller, int seed = 7) =>
        GlucoseClosedLoop.Run(VirtualPatients.Adult1, Meals, Day, controller, NewPump(), new CgmSensor(new CgmSensorOptions(), seed));

    private static InsulinPump NewPump() => new(new InsulinPumpOptions(), BasalSchedule.Constant(0));

    private static double Basal => VirtualPatients.Adult1.BasalUnitsPerMinute * 60;

    private static BasalBolusController BasalBolus() =>
        new(new BasalBolusOptions { Settings = TherapySettings.FromBodyWeight(VirtualPatients.Adult1.BodyWeight) with { BasalUnitsPerHour = Basal } });

    [Fact]
    public void Two_runs_with_the_same_seed_are_bit_identical()
    {
        var first = Run(new PidController(new PidControllerOptions { BasalUnitsPerHour = Basal }));
        var second = Run(new PidController(new PidControllerOptions { BasalUnitsPerHour = Basal }));

        Assert.Equal(Bits(first), Bits(second));
        Assert.NotEqual(Bits(first), Bits(Run(new PidController(new PidControllerOptions { BasalUnitsPerHour = Basal }), seed: 8)));
    }

    [Fact]
    public void The_patient_receives_exactly_what_the_pump_reports_delivering()
    {
        var run = Run(BasalBolus());

        var boluses = run.Deliveries.Where(d => d.Kind == PumpDeliveryKind.Bolus).Sum(d => d.Delivered);
        var basal = run.Deliveries.Where(d => d.Kind == PumpDeliveryKind.TemporaryBasal).Sum(d => d.Delivered * 5 / 60);

        Assert.Equal(3, run.Deliveries.Count(d => d.Kind == PumpDeliveryKind.Bolus));
        Assert.Equal(basal + boluses, run.TotalInsulinUnits, 9);
        Assert.Equal(Meals.Sum(m => m.Carbohydrate), run.Steps.Sum(s => s.AnnouncedCarbsGrams));
        Assert.Equal(Day, run.EndMinutes);
        Assert.Equal(288, run.Steps.Count);
    }

    [Fact]
    public void Basal_bolus_keeps_an_adult_mostly_in_range_over_a_day_of_meals()
    {
        var run = Run(BasalBolus());

        Assert.True(run.PlasmaGlucose.Min() > 54, $"lowest {run.PlasmaGlucose.Min()} mg/dL");
        Assert.True(run.PlasmaGlucose.Max() < 300, $"highest {run.PlasmaGlucose.Max()} mg/dL");
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_reason()
    {
        var pid = new PidController(new PidControllerOptions { BasalUnitsPerHour = Basal });
        var sensor = new CgmSensor(new CgmSensorOptions(), 1);

        Assert.Contains("whole number", Assert.Throws<ArgumentOutOfRangeException>(() => GlucoseClosedLoop.Run(VirtualPatients.Adult1, [], 12, pid, NewPump(), sensor)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => GlucoseClosedLoop.Run(VirtualPatients.Adult1, [], Day, pid, NewPump(), sensor, controlIntervalMinutes: 0));
        Assert.Contains("horizon", Assert.Throws<ArgumentException>(() => GlucoseClosedLoop.Run(VirtualPatients.Adult1, [new Meal(Day, 50)], Day, pid, NewPump(), sensor)).Message, StringComparison.Ordinal);
        var used = NewPump();
        used.Bolus(0, 1);
        Assert.Contains("new pump", Assert.Throws<ArgumentException>(() => GlucoseClosedLoop.Run(VirtualPatients.Adult1, [], Day, pid, used, sensor)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => GlucoseClosedLoop.Run(VirtualPatients.Adult1, [], Day, null!, NewPump(), sensor));
    }

    private static long[] Bits(ClosedLoopRun run) =>
        [.. run.Steps.SelectMany(s => new[] { s.PlasmaGlucoseMgPerDl, s.Reading.ReportedMgPerDl, s.Proposal.BasalUnitsPerHour, s.DeliveredUnits }).Append(run.EndPlasmaGlucoseMgPerDl).Select(BitConverter.DoubleToInt64Bits)];
}
