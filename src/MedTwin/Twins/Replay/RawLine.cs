namespace MedTwin.Twins.Replay;

/// <summary>One physical line of a recording: its text, or why it could not be read as text (too long, not UTF-8).</summary>
internal readonly record struct RawLine(long Number, string? Text, string? Error);
