namespace MedTwin.Notebooks.Execution;

/// <summary>A NuGet restore for a notebook's packages failed; the message carries the restore's own errors.</summary>
public sealed class PackageRestoreException(string message) : Exception(message);
