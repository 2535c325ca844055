using System.Globalization;
using System.Text;

namespace MedTwin.Data.Fhir;

/// <summary>What an import read, and every problem it found, in bundle order. Nothing is skipped without an issue here.</summary>
public sealed class FhirImportReport
{
    internal FhirImportReport(string sourceName, int entries, int patients, int observations, int observationRows, IReadOnlyList<FhirImportIssue> issues)
    {
        SourceName = sourceName;
        Entries = entries;
        Patients = patients;
        Observations = observations;
        ObservationRows = observationRows;
        Issues = issues;
    }

    /// <summary>The file (or the name given for in-memory input) that was read.</summary>
    public string SourceName { get; }

    /// <summary>The number of entries in the bundle.</summary>
    public int Entries { get; }

    /// <summary>The number of Patient resources imported (rows of the patients table).</summary>
    public int Patients { get; }

    /// <summary>The number of Observation resources imported.</summary>
    public int Observations { get; }

    /// <summary>The number of rows of the observations table (one per observation value and per component).</summary>
    public int ObservationRows { get; }

    /// <summary>Every problem, ordered by bundle entry, then as found; problems across the bundle come last.</summary>
    public IReadOnlyList<FhirImportIssue> Issues { get; }

    /// <summary>The issues of one kind.</summary>
    public IReadOnlyList<FhirImportIssue> Of(FhirIssueKind kind) => [.. Issues.Where(issue => issue.Kind == kind)];

    /// <summary>The issues about one resource, given as <c>Type/id</c>.</summary>
    public IReadOnlyList<FhirImportIssue> About(string resource) =>
        [.. Issues.Where(issue => string.Equals(issue.Resource, resource, StringComparison.Ordinal))];

    /// <summary>A summary line, then one line per issue.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{SourceName}: {Entries} entries, {Patients} patients, {Observations} observations ({ObservationRows} rows), {Issues.Count} issues");
        foreach (var issue in Issues)
        {
            text.Append('\n').Append(issue.Kind.ToString()).Append(": ").Append(issue.ToString());
        }

        return text.ToString();
    }
}
