namespace MedTwin.Twins.EarlyWarning;

/// <summary>Level of consciousness on the ACVPU scale used by NEWS2.</summary>
public enum Consciousness
{
    /// <summary>Alert.</summary>
    Alert,

    /// <summary>New confusion (or new disorientation or agitation).</summary>
    NewConfusion,

    /// <summary>Responds to voice.</summary>
    Voice,

    /// <summary>Responds to pain.</summary>
    Pain,

    /// <summary>Unresponsive.</summary>
    Unresponsive,
}
