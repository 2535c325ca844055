using MedTwin.Physiology.Devices;
using MedTwin.Reproducibility;

namespace MedTwin.Twins.Simulation;

/// <summary>One vital sign's readings as its sensor takes them: due every interval from time 0, true value plus noise, limited and rounded.</summary>
internal sealed class VitalSignStream
{
    private readonly VitalSignSensor sensor;
    private readonly Ar1GaussianNoise noise;
    private readonly double low;
    private readonly double high;
    private long taken;

    public VitalSignStream(VitalSignSensor sensor, int seed)
    {
        this.sensor = sensor;
        noise = new Ar1GaussianNoise(sensor.NoiseStandardDeviation, sensor.NoiseAutocorrelation, SeedStreams.Derive(seed, $"{sensor.DeviceId}/{sensor.Code}"));
        var faults = VitalSignRange.Of(sensor.Code).Faults;
        (low, high) = (faults.PlausibleLow, faults.PlausibleHigh);
    }

    public TimeSpan NextDue => TimeSpan.FromTicks(sensor.Interval.Ticks * taken);

    public SensorReading Read(VitalSignsTrajectory trajectory)
    {
        var due = NextDue;
        taken++;
        var measured = trajectory.At(due).ValueOf(sensor.Code) + noise.Next();
        var reported = Math.Round(Math.Clamp(measured, low, high), sensor.Decimals, MidpointRounding.AwayFromZero);
        return new SensorReading(due, sensor.DeviceId, sensor.Code, reported);
    }
}
