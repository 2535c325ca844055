using MedTwin.Twins.EventLog;

namespace MedTwin.Tests.Twins.Mqtt;

/// <summary>An event log in memory whose appends fail, as a full disk makes them, once <see cref="Failing"/> is set.</summary>
internal sealed class FailingEventLog : ITwinEventLog
{
    private readonly List<TwinEvent> events = [];

    public bool Failing { get; set; }

    public void Append(IReadOnlyList<TwinEvent> appended)
    {
        lock (events)
        {
            if (Failing)
            {
                throw new IOException("No space left on device");
            }

            events.AddRange(appended);
        }
    }

    public IEnumerable<TwinEvent> ReadAll()
    {
        lock (events)
        {
            return [.. events];
        }
    }

    public IEnumerable<TwinEvent> Read(string patientId) => ReadAll().Where(e => e.PatientId == patientId);

    public void Dispose()
    {
    }
}
