namespace MedTwin.Physiology.Vaccines;

/// <summary>How well one schedule protects, against a protection threshold over a horizon.</summary>
/// <param name="Schedule">The schedule.</param>
/// <param name="PeakProtection">Highest protection reached (fraction).</param>
/// <param name="DayProtectionFallsBelowThreshold">The day protection falls below the threshold for good (days); null if it never reaches it.</param>
/// <param name="DaysProtected">Days within the horizon with protection at or above the threshold.</param>
public sealed record ScheduleProtection(VaccineSchedule Schedule, double PeakProtection, double? DayProtectionFallsBelowThreshold, double DaysProtected);
