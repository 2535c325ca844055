namespace MedTwin.Twins.Alerts;

/// <summary>How urgent an alert is; the NEWS2 bands map onto it one to one.</summary>
public enum AlertSeverity
{
    /// <summary>No alert (the level an alert clears to).</summary>
    None,

    /// <summary>Worth a look at the next round (NEWS2 1–4).</summary>
    Low,

    /// <summary>An urgent ward-based review (NEWS2: a 3 in any one parameter).</summary>
    LowMedium,

    /// <summary>An urgent review by a clinician competent in acute illness (NEWS2 5–6).</summary>
    Medium,

    /// <summary>An emergency assessment by a critical-care team (NEWS2 7 or more).</summary>
    High,
}
