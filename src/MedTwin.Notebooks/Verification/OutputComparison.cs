namespace MedTwin.Notebooks.Verification;

/// <summary>The outcome of comparing committed outputs with received ones.</summary>
/// <param name="IsMatch">Whether they agree, after scrubbing, within the tolerance.</param>
/// <param name="CommittedText">The committed outputs' canonical text, scrubbed.</param>
/// <param name="ReceivedText">The received outputs' canonical text, scrubbed.</param>
/// <param name="Diff">The unified diff from committed to received; empty when they match. Numbers within tolerance are shown as committed.</param>
public sealed record OutputComparison(bool IsMatch, string CommittedText, string ReceivedText, string Diff);
