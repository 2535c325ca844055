namespace MedTwin.Notebooks.Execution;

/// <summary>A run parameter cannot be applied to the notebook: the message says which and why.</summary>
public sealed class RunParameterException(string message) : Exception(message);
