namespace MedTwin.Twins.Simulation;

/// <summary>A reading a simulated sensor took, before faults are injected and the device numbers it.</summary>
internal readonly record struct SensorReading(TimeSpan Elapsed, string DeviceId, string Code, double Value);
