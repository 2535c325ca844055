namespace MedTwin.Twins.Alerts;

/// <summary>What raised an alert.</summary>
public enum AlertKind
{
    /// <summary>The NEWS2 aggregate reached a band that calls for a response.</summary>
    News2,

    /// <summary>A trained model's risk crossed its threshold.</summary>
    ModelRisk,

    /// <summary>The mechanistic model and the observations diverged beyond the declared bound.</summary>
    Divergence,

    /// <summary>A sensor failed: flat line, dropout, impossible value or sudden jump.</summary>
    SensorFault,
}
