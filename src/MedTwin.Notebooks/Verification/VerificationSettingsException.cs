namespace MedTwin.Notebooks.Verification;

/// <summary>
/// A notebook's verification settings (<c>metadata.medtwin.verify</c>) are invalid. The message names the notebook, the key
/// (e.g. <c>medtwin.verify.scrub[0].pattern</c>), what was expected and what was found.
/// </summary>
public sealed class VerificationSettingsException : Exception
{
    internal VerificationSettingsException(string notebookName, string key, string problem, Exception? inner = null)
        : base($"'{notebookName}': metadata '{key}' {problem}", inner)
    {
        NotebookName = notebookName;
        Key = key;
    }

    /// <summary>The notebook at fault: its path, or the name given for it.</summary>
    public string NotebookName { get; }

    /// <summary>The metadata key at fault, e.g. <c>medtwin.verify.tolerance.relative</c>.</summary>
    public string Key { get; }
}
