using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Replay;

/// <summary>One data line of a recording: the observation it holds, or why it holds none. Exactly one of the two is set.</summary>
/// <param name="LineNumber">The line's number in the file, counting from 1 (the CSV header is line 1).</param>
/// <param name="Observation">The observation, when the line could be read as one.</param>
/// <param name="Rejection">Why not (always <see cref="RejectionReason.Malformed"/>), naming the line and the field or column.</param>
public sealed record RecordedLine(long LineNumber, Observation? Observation, ObservationRejection? Rejection);
