namespace MedTwin.Notebooks.Jupyter;

/// <summary>A message that must not be handled: malformed, or signed with another key or not at all.</summary>
public sealed class InvalidMessageException(string message) : Exception(message);
