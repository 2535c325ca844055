using System.Text.Json;
using MedTwin.Twins.EventLog;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;

namespace MedTwin.Twins.Hosting;

/// <summary>The event-log entries for one input and what it caused, in the order they are appended: the input first, then its alerts, then its actions.</summary>
internal static class TwinEvents
{
    public static void AddObservationOrRejection(List<TwinEvent> events, TwinUpdate update, DateTimeOffset now)
    {
        if (update.Accepted is { } observation)
        {
            events.Add(new TwinEvent(TwinEventKind.Observation, observation.PatientId, observation.Time, TwinJson.Write(observation)));
        }
        else if (update.Rejection is { } rejection)
        {
            events.Add(new TwinEvent(TwinEventKind.Rejection, rejection.Observation?.PatientId ?? "", rejection.Observation?.Time ?? now, TwinJson.Write(rejection)));
        }

        AddOutputs(events, update);
    }

    public static void AddTick(List<TwinEvent> events, string patientId, DateTimeOffset now, TwinUpdate update)
    {
        events.Add(new TwinEvent(TwinEventKind.Tick, patientId, now, TwinJson.WriteTick(now)));
        AddOutputs(events, update);
    }

    public static IEnumerable<string> OutputPayloads(TwinUpdate update) =>
        update.Alerts.Select(TwinJson.Write).Concat(update.Actions.Select(TwinJson.Write));

    /// <summary>The reason of a logged rejection.</summary>
    public static RejectionReason ReasonOf(TwinEvent rejection)
    {
        using var document = JsonDocument.Parse(rejection.Payload);
        return Enum.Parse<RejectionReason>(document.RootElement.GetProperty("reason").GetString()!);
    }

    private static void AddOutputs(List<TwinEvent> events, TwinUpdate update)
    {
        foreach (var alert in update.Alerts)
        {
            events.Add(new TwinEvent(TwinEventKind.Alert, alert.PatientId, alert.Time, TwinJson.Write(alert)));
        }

        foreach (var action in update.Actions)
        {
            events.Add(new TwinEvent(TwinEventKind.Action, action.PatientId, action.Time, TwinJson.Write(action)));
        }
    }
}
