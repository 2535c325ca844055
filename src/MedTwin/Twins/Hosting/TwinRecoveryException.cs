namespace MedTwin.Twins.Hosting;

/// <summary>The event log cannot be replayed into the same twins: it was written with other twin options or another library version, or it was altered.</summary>
public sealed class TwinRecoveryException(string message) : Exception(message);
