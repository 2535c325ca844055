using MedTwin.Twins.Mechanistic;
using MedTwin.Twins.Alerts;

namespace MedTwin.Twins.Monitors;

/// <summary>
/// A mechanistic model run beside the patient: when the observed value departs from the model's prediction by more
/// than <see cref="Bound"/> (in the code's unit) the model no longer describes the patient, and the twin says so.
/// </summary>
public sealed record DivergenceOptions
{
    /// <summary>The model; the twin owns it from here on (one model per twin).</summary>
    public required IMechanisticTwinModel Model { get; init; }

    /// <summary>The largest residual |observed − predicted| still taken as agreement.</summary>
    public required double Bound { get; init; }

    /// <summary>The alert's severity.</summary>
    public AlertSeverity Severity { get; init; } = AlertSeverity.Medium;

    internal DivergenceOptions Validated()
    {
        ArgumentNullException.ThrowIfNull(Model, nameof(Model));
        if (!(Bound > 0) || double.IsInfinity(Bound))
        {
            throw new ArgumentOutOfRangeException(nameof(Bound), Bound, "The divergence bound must be a positive finite number.");
        }

        if (!Enum.IsDefined(Severity) || Severity == AlertSeverity.None)
        {
            throw new ArgumentOutOfRangeException(nameof(Severity), Severity, "The alert's severity must be above None.");
        }

        return this;
    }
}
