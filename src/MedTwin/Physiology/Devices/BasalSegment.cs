namespace MedTwin.Physiology.Devices;

/// <summary>One segment of a daily basal schedule: from <paramref name="StartMinuteOfDay"/> until the next segment's start.</summary>
/// <param name="StartMinuteOfDay">Minute of the day the segment starts, in [0, 1440).</param>
/// <param name="UnitsPerHour">Basal rate (U/h).</param>
public sealed record BasalSegment(double StartMinuteOfDay, double UnitsPerHour);
