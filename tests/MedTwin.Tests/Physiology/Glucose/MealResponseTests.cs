using MedTwin.Physiology.Glucose;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>The physiology a meal and a bolus must show.</summary>
public sealed class MealResponseTests
{
    private static readonly Meal Lunch = new(60, 50);

    [Fact]
    public void After_a_50_g_meal_glucose_rises_then_returns_toward_basal()
    {
        var adult = VirtualPatients.Adult1;
        var trace = GlucoseSimulation.Run(adult, new GlucoseScenario(12 * 60, [Lunch]));

        var peak = trace.PlasmaGlucose.Max();
        var peakTime = trace.Times[trace.PlasmaGlucose.ToList().IndexOf(peak)];
        Assert.True(peak > adult.Gb + 20, $"peak {peak} vs Gb {adult.Gb}");
        Assert.InRange(peakTime, 75, 360);
        Assert.True(Math.Abs(trace.PlasmaGlucose[^1] - adult.Gb) < 0.5 * (peak - adult.Gb), $"end {trace.PlasmaGlucose[^1]}, peak {peak}, Gb {adult.Gb}");
        Assert.True(trace.SubcutaneousGlucose.Max() < peak, "the sensor glucose lags and damps plasma glucose");
        Assert.True(trace.State(UvaPadovaState.Gut).Max() > 0);
    }

    [Fact]
    public void A_bolus_with_the_meal_lowers_the_glucose_peak_and_raises_plasma_insulin()
    {
        var adult = VirtualPatients.Adult1;
        var without = GlucoseSimulation.Run(adult, new GlucoseScenario(8 * 60, [Lunch]));
        var with = GlucoseSimulation.Run(adult, new GlucoseScenario(8 * 60, [Lunch], [new InsulinBolus(60, 5)]));

        Assert.True(with.PlasmaGlucose.Max() < without.PlasmaGlucose.Max() - 10, $"{with.PlasmaGlucose.Max()} vs {without.PlasmaGlucose.Max()}");
        Assert.True(with.PlasmaInsulin.Max() > without.PlasmaInsulin.Max());
    }

    [Fact]
    public void Without_a_meal_a_bolus_lowers_glucose_below_basal()
    {
        var adult = VirtualPatients.Adult1;
        var trace = GlucoseSimulation.Run(adult, new GlucoseScenario(6 * 60, boluses: [new InsulinBolus(0, 2)]));

        Assert.True(trace.PlasmaGlucose.Min() < adult.Gb - 10);
    }

    [Fact]
    public void The_output_grid_runs_every_interval_from_zero_to_the_horizon()
    {
        var trace = GlucoseSimulation.Run(VirtualPatients.Adult1, new GlucoseScenario(60), new GlucoseSimulationOptions { OutputInterval = 1 });

        Assert.Equal(Enumerable.Range(0, 61).Select(i => (double)i), trace.Times);
        Assert.All(trace.States, s => Assert.Equal(13, s.Count));
    }
}
