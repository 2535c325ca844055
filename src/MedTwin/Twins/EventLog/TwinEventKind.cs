namespace MedTwin.Twins.EventLog;

/// <summary>What an event-log entry records.</summary>
public enum TwinEventKind
{
    /// <summary>An accepted observation (in its normalised unit): an input a restarted twin replays.</summary>
    Observation,

    /// <summary>A clock check (dropouts are found on it): an input a restarted twin replays.</summary>
    Tick,

    /// <summary>A rejected message or observation, with its reason: counted again on restart.</summary>
    Rejection,

    /// <summary>An alert change the twin published.</summary>
    Alert,

    /// <summary>A control action the twin published.</summary>
    Action,
}
