namespace MedTwin.Physiology.Epidemics;

/// <summary>Horizon and recording grid of a stochastic SEIR simulation (days).</summary>
public sealed record StochasticSeirOptions
{
    /// <summary>Length of the simulation (days).</summary>
    public double Days { get; init => field = Require.Positive(value, nameof(Days)); } = 200;

    /// <summary>Spacing of the recorded trajectory (days); the last point is always <see cref="Days"/>.</summary>
    public double RecordInterval { get; init => field = Require.Positive(value, nameof(RecordInterval)); } = 1;

    /// <summary>The recorded days: 0, interval, 2·interval, … and <see cref="Days"/>.</summary>
    internal double[] Grid()
    {
        var count = (int)Math.Ceiling(Days / RecordInterval);
        return [.. Enumerable.Range(0, count).Select(i => i * RecordInterval).Where(t => t < Days).Append(Days)];
    }
}
