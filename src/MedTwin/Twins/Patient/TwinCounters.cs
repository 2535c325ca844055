using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Patient;

/// <summary>What a twin has taken in and given out since it started (its log included).</summary>
/// <param name="Accepted">Observations taken, late ones included.</param>
/// <param name="Late">Observations taken that were older than their stream's latest.</param>
/// <param name="Rejected">Observations not taken, by reason (every reason listed, in declaration order).</param>
/// <param name="Alerts">Alert changes published.</param>
/// <param name="Actions">Actions published.</param>
public sealed record TwinCounters(long Accepted, long Late, IReadOnlyList<KeyValuePair<RejectionReason, long>> Rejected, long Alerts, long Actions)
{
    /// <summary>All rejections.</summary>
    public long RejectedTotal => Rejected.Sum(r => r.Value);
}
