using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Replay;

/// <summary>What a replay did.</summary>
/// <param name="Lines">Data lines read.</param>
/// <param name="Accepted">Observations taken (late ones included).</param>
/// <param name="Late">Observations taken that were older than their stream's latest.</param>
/// <param name="Rejected">Lines or observations not taken, by reason (every reason, in declaration order).</param>
/// <param name="Alerts">Alert changes.</param>
/// <param name="Actions">Actions proposed.</param>
/// <param name="Start">The virtual clock's first time (null for an empty recording).</param>
/// <param name="End">Its last time.</param>
public sealed record ReplaySummary(long Lines, long Accepted, long Late, IReadOnlyList<KeyValuePair<RejectionReason, long>> Rejected, long Alerts, long Actions, DateTimeOffset? Start, DateTimeOffset? End)
{
    /// <summary>All rejections.</summary>
    public long RejectedTotal => Rejected.Sum(r => r.Value);
}
