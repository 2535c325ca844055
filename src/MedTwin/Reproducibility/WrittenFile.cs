namespace MedTwin.Reproducibility;

/// <summary>A file the study wrote (<see cref="Study.WriteFile"/>), e.g. a figure or a model card, as its run's manifest records it.</summary>
/// <param name="Path">The path relative to the study's folder, with forward slashes.</param>
/// <param name="Sha256">The SHA-256 of the bytes written, lower-case hexadecimal.</param>
/// <param name="Size">The number of bytes written.</param>
public sealed record WrittenFile(string Path, string Sha256, long Size);
