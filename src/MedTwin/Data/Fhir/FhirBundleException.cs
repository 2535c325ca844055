namespace MedTwin.Data.Fhir;

/// <summary>
/// The input is not a FHIR Bundle at all: not JSON, nested too deeply, not an object, or a resource other than a
/// Bundle. The message names the source and the line and column where reading stopped. Problems inside one resource
/// of a readable bundle are not exceptions: they are collected in the <see cref="FhirImportReport"/>.
/// </summary>
public sealed class FhirBundleException : Exception
{
    internal FhirBundleException(string sourceName, int line, int column, string problem, Exception? inner = null)
        : base($"'{sourceName}', line {line}, column {column}: {problem}", inner)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file (or the name given for in-memory input) that was read.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line where the problem is.</summary>
    public int Line { get; }

    /// <summary>The 1-based column (counted in UTF-8 bytes) where the problem is.</summary>
    public int Column { get; }

    /// <summary>What was expected and what was found.</summary>
    public string Problem { get; }
}
