using MedTwin.Twins.Alerts;
using MedTwin.Twins.EarlyWarning;
using MedTwin.Twins.Monitors;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Patient;

/// <summary>How one patient's twin reads its streams and when it warns. Every field has the default a general ward would use.</summary>
public sealed record TwinOptions
{
    /// <summary>The codes the twin takes, with their units and sensor expectations (default: the NEWS2 parameters and CGM glucose).</summary>
    public IReadOnlyList<ObservationCode> Codes { get; init; } = ObservationCodes.BuiltIn;

    /// <summary>How far ahead of the twin's clock an observation's time may lie (clocks of devices drift); later is rejected.</summary>
    public TimeSpan MaximumClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The window of recent readings a vital's trend is fitted over.</summary>
    public TimeSpan TrendWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a calmer picture must last before an alert steps down or clears.</summary>
    public AlertSettling Settling { get; init; } = AlertSettling.Default;

    /// <summary>The SpO2 scale (scale 2 only for patients prescribed a target of 88–92%).</summary>
    public OxygenSaturationScale OxygenSaturationScale { get; init; } = OxygenSaturationScale.Scale1;

    /// <summary>The lowest NEWS2 band that raises an alert (lower bands are kept in the state, not alerted).</summary>
    public News2Risk News2AlertFrom { get; init; } = News2Risk.LowMedium;

    /// <summary>The severity of a sensor-fault alert.</summary>
    public AlertSeverity SensorFaultSeverity { get; init; } = AlertSeverity.Medium;

    /// <summary>A trained model whose risk the twin follows, or null.</summary>
    public ModelRiskOptions? ModelRisk { get; init; }

    /// <summary>A mechanistic model the twin runs beside the patient and compares with what is observed, or null.</summary>
    public DivergenceOptions? Divergence { get; init; }

    /// <summary>A controller that proposes actions from one stream, or null.</summary>
    public ControllerOptions? Controller { get; init; }

    internal TwinOptions Validated()
    {
        ArgumentNullException.ThrowIfNull(Codes, nameof(Codes));
        if (MaximumClockSkew < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaximumClockSkew), MaximumClockSkew, "The clock skew allowed must not be negative.");
        }

        if (TrendWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TrendWindow), TrendWindow, "The trend window must be positive.");
        }

        ArgumentNullException.ThrowIfNull(Settling, nameof(Settling));
        Settling.Validated();
        if (!Enum.IsDefined(OxygenSaturationScale) || !Enum.IsDefined(News2AlertFrom) || !Enum.IsDefined(SensorFaultSeverity) || SensorFaultSeverity == AlertSeverity.None)
        {
            throw new ArgumentOutOfRangeException(nameof(SensorFaultSeverity), "The SpO2 scale, NEWS2 alert band and sensor-fault severity must be defined values (a fault's severity above None).");
        }

        foreach (var code in News2Monitor.Codes)
        {
            if (!Codes.Any(c => c?.Code == code))
            {
                throw new ArgumentException($"The codes must include every NEWS2 parameter; {code} is missing.", nameof(Codes));
            }
        }

        return this;
    }
}
