using MedTwin.Physiology.ClosedLoop;
using MedTwin.Physiology.Controllers;
using MedTwin.Physiology.Devices;
using MedTwin.Physiology.Glucose;
using MedTwin.Reproducibility;
using MedTwin.Tests.Physiology.Glucose;
using MedTwin.Twins.Actions;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Simulation;
using static MedTwin.Tests.Twins.Simulation.SimulatedPatients;

namespace MedTwin.Tests.Twins.Simulation;

/// <summary>Patient → sensors → controller → action → patient, through a simulated patient.</summary>
public sealed class ClosedLoopTests
{
    private static ControlAction Action(DateTimeOffset time, double basal, double bolus = 0, string patient = "p-001") =>
        new(patient, time, "test", basal, bolus, "as the test asks", false, []);

    private const int Steps = 144;

    private static double Basal => VirtualPatients.Adult1.BasalUnitsPerMinute * 60;

    private static PidController Pid() => new(new PidControllerOptions { BasalUnitsPerHour = Basal });

    // Half a day of the physiology's own closed loop: adult#001, the day's meals, a PID, the sensor seeded as the simulated patient seeds its CGM.
    private static (ClosedLoopRun Run, List<Meal> Meals) Reference(int seed)
    {
        var meals = GlucoseScenario.ThreeMealsADay(1).Meals.Where(m => m.Start < Steps * 5).ToList();
        var run = GlucoseClosedLoop.Run(
            VirtualPatients.Adult1, meals, Steps * 5, Pid(),
            new InsulinPump(new InsulinPumpOptions(), BasalSchedule.Constant(0)), new CgmSensor(new CgmSensorOptions(), SeedStreams.Derive(seed, "cgm/99504-3")));
        return (run, meals);
    }

    [Fact]
    public void Insulin_applied_through_actions_lowers_glucose_against_none()
    {
        var withoutInsulin = new SimulatedPatient(Options() with { InitialBasalUnitsPerHour = 0 });
        var withInsulin = new SimulatedPatient(Options() with { InitialBasalUnitsPerHour = 0 });
        withInsulin.Apply(Action(Start, basal: 3, bolus: 2));

        var glucoseWithout = withoutInsulin.Advance(At(240)).Where(o => o.Code == ObservationCodes.Glucose).Select(o => o.Value).ToList();
        var glucoseWith = withInsulin.Advance(At(240)).Where(o => o.Code == ObservationCodes.Glucose).Select(o => o.Value).ToList();

        Assert.True(withInsulin.PlasmaGlucoseMgPerDl < withoutInsulin.PlasmaGlucoseMgPerDl - 30, $"{withInsulin.PlasmaGlucoseMgPerDl} against {withoutInsulin.PlasmaGlucoseMgPerDl} mg/dL");
        Assert.True(glucoseWith[^1] < glucoseWithout[^1], $"CGM {glucoseWith[^1]} against {glucoseWithout[^1]} mg/dL");
        Assert.Equal([(PumpDeliveryKind.TemporaryBasal, 0.0), (PumpDeliveryKind.TemporaryBasal, 3.0), (PumpDeliveryKind.Bolus, 2.0)], withInsulin.InsulinDeliveries.Select(d => (d.Kind, d.Delivered)));
    }

    [Fact]
    public void Without_actions_the_patient_stays_near_its_basal_glucose_on_its_own_basal_rate()
    {
        var patient = new SimulatedPatient(Options());

        patient.Advance(At(240));

        Assert.InRange(patient.PlasmaGlucoseMgPerDl, VirtualPatients.Adult1.Gb - 10, VirtualPatients.Adult1.Gb + 10);
    }

    [Fact]
    public void A_loop_through_the_simulated_patient_reproduces_the_physiology_closed_loop_for_the_same_controller_and_seed()
    {
        const int Seed = 5;
        var (reference, meals) = Reference(Seed);

        var patient = new SimulatedPatient(Options(Seed) with { Meals = meals, InitialBasalUnitsPerHour = 0 });
        var controller = Pid();
        var cgm = new List<double>();
        var plasma = new List<double>();
        for (var k = 0; k < Steps; k++)
        {
            var reading = patient.Advance(At(5 * k)).Single(o => o.Code == ObservationCodes.Glucose);
            var carbs = patient.MealCarbohydrates(At(5 * k), At(5 * (k + 1)));
            var proposal = controller.Propose(new ControllerInput(5 * k, reading.Value, carbs));
            patient.Apply(ControlAction.From("pid", reading, proposal));
            cgm.Add(reading.Value);
            plasma.Add(patient.PlasmaGlucoseMgPerDl);
        }

        patient.Advance(At(5 * Steps));

        Assert.Equal(reference.Steps.Select(s => s.AnnouncedCarbsGrams), reference.Steps.Select(s => patient.MealCarbohydrates(At(s.TimeMinutes), At(s.TimeMinutes + 5))));
        Assert.Equal(reference.Cgm, cgm);
        Assert.Equal(reference.PlasmaGlucose, plasma);
        Assert.Equal(reference.EndPlasmaGlucoseMgPerDl, patient.PlasmaGlucoseMgPerDl);
    }

    [Fact]
    public void The_loop_closed_through_a_twin_gives_the_physiology_closed_loop_exactly_with_the_twin_proposing_every_action()
    {
        const int Seed = 6;
        var (reference, meals) = Reference(Seed);
        var patient = new SimulatedPatient(Options(Seed) with { Meals = meals, InitialBasalUnitsPerHour = 0 });
        var twin = new MedTwin.Twins.Patient.PatientTwin(patient.PatientId, new MedTwin.Twins.Patient.TwinOptions
        {
            Controller = new MedTwin.Twins.Monitors.ControllerOptions { Controller = Pid(), Name = "pid" },
        });

        var cgm = new List<double>();
        var actions = new List<ControlAction>();
        for (var k = 0; k < Steps; k++)
        {
            foreach (var observation in patient.Advance(At(5 * k)))
            {
                var update = twin.Accept(observation, observation.Time);
                Assert.Null(update.Rejection);
                foreach (var action in update.Actions)
                {
                    patient.Apply(action);
                    actions.Add(action);
                }

                if (observation.Code == ObservationCodes.Glucose)
                {
                    cgm.Add(observation.Value);
                }
            }
        }

        patient.Advance(At(5 * Steps));

        Assert.Equal(reference.Cgm, cgm);
        Assert.Equal(reference.Steps.Select(s => s.Proposal.BasalUnitsPerHour), actions.Select(a => a.BasalUnitsPerHour));
        Assert.Equal(reference.EndPlasmaGlucoseMgPerDl, patient.PlasmaGlucoseMgPerDl);
        Assert.Equal(Steps, twin.State.Counters.Actions);
    }
}
