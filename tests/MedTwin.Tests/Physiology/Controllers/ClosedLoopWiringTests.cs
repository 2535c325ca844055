using MedTwin.Physiology.Controllers;
using MedTwin.Physiology.Devices;
using MedTwin.Physiology.GlucoseOutcomes;
using Xunit.Abstractions;

namespace MedTwin.Tests.Physiology.Controllers;

/// <summary>
/// Sensor → controller → pump → patient, wired with plain numbers as a twin runtime would. The patient is a toy (glucose
/// rises 4 mg/dL per gram absorbed and falls 40 mg/dL per unit acting, insulin acting through one 60-minute compartment),
/// standing in for the UVA/Padova model only to exercise the wiring.
/// </summary>
public sealed class ClosedLoopWiringTests(ITestOutputHelper output)
{
    private const int Days = 2;

    private static (CgmReading[] Readings, InsulinProposal[] Proposals, PumpDelivery[] Deliveries) Run(Func<IGlucoseController> controllerFactory, int seed)
    {
        var sensor = new CgmSensor(new CgmSensorOptions(), seed);
        var controller = controllerFactory();
        var pump = new InsulinPump(new InsulinPumpOptions(), BasalSchedule.Constant(0.8));
        var meals = new Dictionary<int, double> { [420] = 50, [720] = 70, [1140] = 80 };
        double glucose = 150, acting = 0;
        var readings = new List<CgmReading>();
        var proposals = new List<InsulinProposal>();
        for (var t = 0; t < Days * 1440; t += 5)
        {
            var reading = sensor.Read(t, glucose);
            var carbs = meals.GetValueOrDefault(t % 1440);
            var proposal = controller.Propose(new ControllerInput(t, reading.ReportedMgPerDl, carbs));
            pump.SetTemporaryBasal(t, proposal.BasalUnitsPerHour);
            if (proposal.BolusUnits > 0)
            {
                pump.Bolus(t, proposal.BolusUnits);
            }

            for (var minute = t; minute < t + 5; minute++)
            {
                var mealMinute = meals.Keys.FirstOrDefault(start => minute % 1440 >= start && minute % 1440 < start + 60, -1);
                var absorbed = mealMinute < 0 ? 0 : meals[mealMinute] / 60;
                acting += pump.RateAt(minute) - (acting / 60);
                glucose = Math.Max(20, glucose + (4 * absorbed) - (40 * ((acting / 60) - (0.8 / 60))));
            }

            readings.Add(reading);
            proposals.Add(proposal);
        }

        return ([.. readings], [.. proposals], [.. pump.Deliveries]);
    }

    private static IGlucoseController BasalBolus() =>
        new BasalBolusController(new BasalBolusOptions { Settings = TherapySettings.FromBodyWeight(70) });

    private static IGlucoseController Pid() => new PidController(new PidControllerOptions { BasalUnitsPerHour = 0.8 });

    [Fact]
    public void A_seeded_loop_is_bit_identical_across_two_runs()
    {
        Assert.Equal(Run(BasalBolus, seed: 5), Run(BasalBolus, seed: 5), new RunComparer());
        Assert.Equal(Run(Pid, seed: 5), Run(Pid, seed: 5), new RunComparer());
    }

    [Fact]
    public void Every_delivery_respects_the_pump_limits_and_the_outcomes_are_computable()
    {
        foreach (var factory in new Func<IGlucoseController>[] { BasalBolus, Pid })
        {
            var (readings, _, deliveries) = Run(factory, seed: 9);

            Assert.All(deliveries.Where(d => d.Kind == PumpDeliveryKind.Bolus), d => Assert.InRange(d.Delivered, 0, 15));
            Assert.All(deliveries.Where(d => d.Kind == PumpDeliveryKind.TemporaryBasal), d => Assert.InRange(d.Delivered, 0, 5));
            var summary = GlucoseOutcomeAnalysis.Summarise([.. readings.Select(r => r.TimeMinutes)], [.. readings.Select(r => r.ReportedMgPerDl)]);
            output.WriteLine(summary.ToText());
            Assert.Equal(Days * 288, summary.ReadingCount);
            Assert.InRange(summary.MeanMgPerDl, 40, 400);
        }
    }

    private sealed class RunComparer : IEqualityComparer<(CgmReading[] Readings, InsulinProposal[] Proposals, PumpDelivery[] Deliveries)>
    {
        public bool Equals((CgmReading[] Readings, InsulinProposal[] Proposals, PumpDelivery[] Deliveries) x, (CgmReading[] Readings, InsulinProposal[] Proposals, PumpDelivery[] Deliveries) y) =>
            x.Readings.SequenceEqual(y.Readings) && x.Proposals.SequenceEqual(y.Proposals) && x.Deliveries.SequenceEqual(y.Deliveries);

        public int GetHashCode((CgmReading[] Readings, InsulinProposal[] Proposals, PumpDelivery[] Deliveries) obj) => obj.Readings.Length;
    }
}
