namespace MedTwin.Data.Snapshots;

/// <summary>A snapshot could not be found, trusted or read. The message says where and what.</summary>
public abstract class SnapshotException(string message, Exception? inner = null) : Exception(message, inner);
