namespace MedTwin.Physiology.Devices;

/// <summary>What a pump request asked for.</summary>
public enum PumpDeliveryKind
{
    /// <summary>A bolus (U).</summary>
    Bolus,

    /// <summary>A temporary basal rate (U/h) replacing the schedule until the next basal request.</summary>
    TemporaryBasal,

    /// <summary>A return to the scheduled basal rates.</summary>
    ScheduledBasal,
}
