namespace MedTwin.Twins.EventLog;

/// <summary>
/// An append-only log of what twins took in and gave out. <see cref="Append"/> returns only once the events are
/// durable, so an observation is acknowledged only after it is safe; the events of one call are kept all or none.
/// </summary>
public interface ITwinEventLog : IDisposable
{
    /// <summary>Appends the events, in order, atomically and durably.</summary>
    void Append(IReadOnlyList<TwinEvent> events);

    /// <summary>Every event, in the order appended.</summary>
    IEnumerable<TwinEvent> ReadAll();

    /// <summary>The events of one patient (<c>""</c>: those of no patient), in the order appended.</summary>
    IEnumerable<TwinEvent> Read(string patientId);
}
