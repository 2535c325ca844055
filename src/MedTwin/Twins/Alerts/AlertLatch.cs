using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Alerts;

/// <summary>
/// One alert's state, with hysteresis: a higher severity is raised (or escalated) at once, a lower one only once the
/// lower assessments have lasted as <see cref="Settling"/> requires, and then to the highest severity seen among them.
/// A value hovering at a threshold therefore raises one alert, not a flapping series.
/// </summary>
public sealed class AlertLatch
{
    private int assessmentsBelow;
    private DateTimeOffset firstBelow;
    private AlertSeverity highestBelow;
    private bool suppressed;

    /// <summary>An inactive alert for one condition of one patient.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The settling asks for fewer than one assessment or a negative time.</exception>
    public AlertLatch(string patientId, AlertKind kind, string source, AlertSettling settling)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(patientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(settling);
        PatientId = patientId;
        Kind = kind;
        Source = source;
        Settling = settling.Validated();
    }

    /// <summary>The patient.</summary>
    public string PatientId { get; }

    /// <summary>What raises this alert.</summary>
    public AlertKind Kind { get; }

    /// <summary>The condition it follows.</summary>
    public string Source { get; }

    /// <summary>How long lower assessments must last before the alert steps down or clears.</summary>
    public AlertSettling Settling { get; }

    /// <summary>The active severity (<see cref="AlertSeverity.None"/> when inactive).</summary>
    public AlertSeverity Severity { get; private set; }

    /// <summary>The latest change, if the alert is active.</summary>
    public TwinAlert? Active { get; private set; }

    /// <summary>Takes one assessment and returns the change it makes, if any.</summary>
    public TwinAlert? Assess(DateTimeOffset time, AlertSeverity level, string reason, IReadOnlyList<ObservationReference> evidence)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not an alert severity.");
        }

        suppressed = false;
        if (level >= Severity)
        {
            assessmentsBelow = 0;
            highestBelow = AlertSeverity.None;
            return level == Severity ? null : Change(Severity == AlertSeverity.None ? AlertTransition.Raised : AlertTransition.Escalated, level, time, reason, evidence);
        }

        if (assessmentsBelow == 0)
        {
            firstBelow = time;
            highestBelow = level;
        }
        else
        {
            highestBelow = (AlertSeverity)Math.Max((int)highestBelow, (int)level);
        }

        if (++assessmentsBelow < Settling.Assessments || time - firstBelow < Settling.Time)
        {
            return null;
        }

        var settled = highestBelow;
        assessmentsBelow = 0;
        highestBelow = AlertSeverity.None;
        return Change(settled == AlertSeverity.None ? AlertTransition.Cleared : AlertTransition.DeEscalated, settled, time, reason, evidence);
    }

    /// <summary>
    /// Says once that the condition cannot be assessed (a sensor it rests on has failed). The severity stays as it
    /// was: an alert is not cleared because the data behind it stopped.
    /// </summary>
    public TwinAlert? Suppress(DateTimeOffset time, string reason, IReadOnlyList<ObservationReference> evidence)
    {
        if (suppressed)
        {
            return null;
        }

        suppressed = true;
        assessmentsBelow = 0;
        highestBelow = AlertSeverity.None;
        return new TwinAlert(PatientId, Kind, Source, AlertTransition.Suppressed, Severity, time, reason, evidence);
    }

    private TwinAlert Change(AlertTransition transition, AlertSeverity severity, DateTimeOffset time, string reason, IReadOnlyList<ObservationReference> evidence)
    {
        Severity = severity;
        var alert = new TwinAlert(PatientId, Kind, Source, transition, severity, time, reason, evidence);
        Active = severity == AlertSeverity.None ? null : alert;
        return alert;
    }
}
