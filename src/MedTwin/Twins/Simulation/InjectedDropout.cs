namespace MedTwin.Twins.Simulation;

/// <summary>The device <paramref name="DeviceId"/> sends nothing from <paramref name="From"/> until (not including) <paramref name="Until"/>, for every code it measures.</summary>
/// <param name="DeviceId">The silent device.</param>
/// <param name="From">When the silence begins.</param>
/// <param name="Until">When the device reports again.</param>
public sealed record InjectedDropout(string DeviceId, TimeSpan From, TimeSpan Until) : InjectedFault;
