using MedTwin.Physiology.Glucose;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>Step-by-step simulation agrees with the whole-horizon simulation and rejects bad steps.</summary>
public sealed class GlucoseSimulatorTests
{
    [Fact]
    public void Five_minute_steps_at_the_basal_rate_follow_the_whole_day_simulation_through_three_meals()
    {
        var patient = VirtualPatients.Adult1;
        var scenario = GlucoseScenario.ThreeMealsADay(1);
        var whole = GlucoseSimulation.Run(patient, scenario);
        var stepped = new GlucoseSimulator(patient, scenario.Meals);

        for (var i = 1; i < whole.Times.Count; i++)
        {
            stepped.Advance(whole.Times[i], patient.BasalUnitsPerMinute);
            Assert.Equal(whole.PlasmaGlucose[i], stepped.PlasmaGlucose, 1e-3);
        }
    }

    [Fact]
    public void Insulin_lowers_glucose_below_the_basal_steady_state()
    {
        var patient = VirtualPatients.Adult1;
        var simulator = new GlucoseSimulator(patient, []);

        simulator.Advance(120, 3 * patient.BasalUnitsPerMinute);

        Assert.True(simulator.PlasmaGlucose < patient.Gb - 5, $"glucose {simulator.PlasmaGlucose} after two hours at three times the basal rate");
        Assert.Equal(120, simulator.TimeMinutes);
    }

    [Fact]
    public void Bad_steps_are_rejected_with_the_reason()
    {
        var simulator = new GlucoseSimulator(VirtualPatients.Adult1, []);
        simulator.Advance(5, 0.01);

        Assert.Contains("later", Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Advance(5, 0.01)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Advance(double.NaN, 0.01));
        Assert.Contains("insulin rate", Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Advance(10, -0.01)).Message, StringComparison.Ordinal);
        Assert.Contains("overlap", Assert.Throws<ArgumentException>(() => new GlucoseSimulator(VirtualPatients.Adult1, [new Meal(0, 50), new Meal(5, 50)])).Message, StringComparison.Ordinal);
    }
}
