namespace MedTwin.Twins.Alerts;

/// <summary>What happened to an alert.</summary>
public enum AlertTransition
{
    /// <summary>The condition appeared.</summary>
    Raised,

    /// <summary>The condition is still there, at a higher severity.</summary>
    Escalated,

    /// <summary>The condition is still there, at a lower severity, and has held there long enough to say so.</summary>
    DeEscalated,

    /// <summary>The condition has gone, and stayed gone long enough to say so.</summary>
    Cleared,

    /// <summary>The condition could not be assessed, because a sensor it rests on has failed.</summary>
    Suppressed,
}
