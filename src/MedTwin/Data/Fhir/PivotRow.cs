namespace MedTwin.Data.Fhir;

/// <summary>One observations-table row as a pivot sees it.</summary>
internal sealed record PivotRow(string? Patient, DateTime? Time, PivotKey Key, double? Value);
