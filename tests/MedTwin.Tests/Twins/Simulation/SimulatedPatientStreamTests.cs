using MedTwin.Twins.Observations;
using MedTwin.Twins.Simulation;
using static MedTwin.Tests.Twins.Simulation.SimulatedPatients;

namespace MedTwin.Tests.Twins.Simulation;

/// <summary>What a simulated patient's sensors report: when, numbered how, in which units and to what resolution.</summary>
public sealed class SimulatedPatientStreamTests
{
    [Fact]
    public void The_same_seed_gives_the_same_observation_bytes_and_another_seed_other_noise()
    {
        var first = new SimulatedPatient(Options(seed: 3)).Advance(At(180));
        var second = new SimulatedPatient(Options(seed: 3)).Advance(At(180));
        var other = new SimulatedPatient(Options(seed: 4)).Advance(At(180));

        Assert.Equal(Bytes(first), Bytes(second));
        Assert.NotEqual(Bytes(first), Bytes(other));
        Assert.Equal(first.Select(o => (o.Code, o.Time, o.DeviceId, o.Sequence)), other.Select(o => (o.Code, o.Time, o.DeviceId, o.Sequence)));
    }

    [Fact]
    public void Each_code_is_read_from_time_zero_at_its_built_in_interval()
    {
        var observations = new SimulatedPatient(Options()).Advance(At(120));

        foreach (var code in ObservationCodes.BuiltIn)
        {
            var times = observations.Where(o => o.Code == code.Code).Select(o => o.Time).ToList();
            var interval = code.Faults.ExpectedInterval;
            var expected = Enumerable.Range(0, (int)(TimeSpan.FromMinutes(120) / interval) + 1).Select(k => Start + (interval * k));
            Assert.Equal(expected, times);
        }
    }

    [Fact]
    public void Each_device_numbers_its_readings_one_by_one_across_its_codes()
    {
        var observations = new SimulatedPatient(Options()).Advance(At(60));

        foreach (var device in observations.GroupBy(o => o.DeviceId))
        {
            Assert.Equal(Enumerable.Range(1, device.Count()).Select(i => (long)i), device.Select(o => o.Sequence));
        }

        Assert.Equal(["cgm", "chart", "cuff", "monitor", "thermometer"], observations.Select(o => o.DeviceId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(3 * 61, observations.Count(o => o.DeviceId == "monitor"));
    }

    [Fact]
    public void Observations_come_in_time_order_with_ties_ordered_by_device_then_code()
    {
        var observations = new SimulatedPatient(Options()).Advance(At(60));

        var ordered = observations.OrderBy(o => o.Time).ThenBy(o => o.DeviceId, StringComparer.Ordinal).ThenBy(o => o.Code, StringComparer.Ordinal);
        Assert.Equal(ordered, observations);
        Assert.All(observations, o => Assert.Equal("p-001", o.PatientId));
    }

    [Fact]
    public void Values_carry_their_codes_units_and_the_resolution_the_devices_report()
    {
        var observations = new SimulatedPatient(Options()).Advance(At(240));

        foreach (var observation in observations)
        {
            var code = ObservationCodes.BuiltIn.Single(c => c.Code == observation.Code);
            Assert.Equal(code.Unit, observation.Unit);
            Assert.InRange(observation.Value, code.Faults.PlausibleLow, code.Faults.PlausibleHigh);
            var decimals = observation.Code is ObservationCodes.BodyTemperature or ObservationCodes.InhaledOxygenFlow ? 1 : 0;
            Assert.Equal(Math.Round(observation.Value, decimals), observation.Value);
        }

        Assert.All(observations.Where(o => o.Code == ObservationCodes.Consciousness), o => Assert.Equal(0, o.Value));
        Assert.All(observations.Where(o => o.Code == ObservationCodes.InhaledOxygenFlow), o => Assert.Equal(0, o.Value));
        Assert.InRange(observations.Where(o => o.Code == ObservationCodes.HeartRate).Average(o => o.Value), 72, 78);
        Assert.InRange(observations.Where(o => o.Code == ObservationCodes.Glucose).Average(o => o.Value), 80, 200);
    }

    [Fact]
    public void Advancing_one_CGM_interval_at_a_time_gives_the_same_stream_as_advancing_at_once()
    {
        var atOnce = new SimulatedPatient(Options()).Advance(At(120));
        var stepped = new SimulatedPatient(Options());
        var steps = Enumerable.Range(0, 25).SelectMany(k => stepped.Advance(At(5 * k))).ToList();

        Assert.Equal(Bytes(atOnce), Bytes(steps));
        Assert.Equal(At(120), stepped.Now);
    }

    [Fact]
    public void Advancing_to_the_current_time_again_returns_nothing_new()
    {
        var patient = new SimulatedPatient(Options());

        Assert.Equal(8, patient.Advance(Start).Count);
        Assert.Empty(patient.Advance(Start));
    }
}
