using MedTwin.Physiology.Glucose;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>The same patient and scenario give the same bits.</summary>
public sealed class GlucoseDeterminismTests
{
    [Fact]
    public void Two_runs_of_a_day_with_meals_and_boluses_give_bit_identical_traces()
    {
        var scenario = new GlucoseScenario(24 * 60, [new Meal(420, 50), new Meal(720, 70), new Meal(1080, 80)], [new InsulinBolus(420, 4), new InsulinBolus(720, 6)]);

        var first = GlucoseSimulation.Run(VirtualPatients.Catalog["child#003"], scenario);
        var second = GlucoseSimulation.Run(VirtualPatients.Catalog["child#003"], scenario);

        Assert.Equal(Bits(first), Bits(second));
    }

    private static long[] Bits(GlucoseTrace trace) => [.. trace.Times.Concat(trace.States.SelectMany(s => s)).Select(BitConverter.DoubleToInt64Bits)];
}
