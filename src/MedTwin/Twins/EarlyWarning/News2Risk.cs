namespace MedTwin.Twins.EarlyWarning;

/// <summary>The NEWS2 clinical risk band, from the aggregate score and the highest single-parameter score.</summary>
public enum News2Risk
{
    /// <summary>Aggregate score 0–4 with no single parameter scoring 3.</summary>
    Low,

    /// <summary>Aggregate score 0–4 with one parameter scoring 3 (a "red score").</summary>
    LowMedium,

    /// <summary>Aggregate score 5–6: the key threshold for an urgent response.</summary>
    Medium,

    /// <summary>Aggregate score 7 or more: the threshold for an emergency response.</summary>
    High,
}
