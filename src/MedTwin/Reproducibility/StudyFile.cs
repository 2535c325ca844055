namespace MedTwin.Reproducibility;

/// <summary>A file of the study (e.g. a pinned preparation recipe) as a run read it, recorded in its manifest.</summary>
/// <param name="Path">The path as the study gave it, relative to the study's folder, with forward slashes.</param>
/// <param name="Sha256">The SHA-256 of the bytes read.</param>
/// <param name="Text">The file's text (UTF-8).</param>
public sealed record StudyFile(string Path, string Sha256, string Text);
