using MedTwin.Twins.Alerts;
using MedTwin.Twins.EarlyWarning;
using MedTwin.Twins.Monitors;

namespace MedTwin.Twins.Patient;

/// <summary>A twin's state at one moment: what a clinician would look at.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Time">The time of the latest input taken (null before any).</param>
/// <param name="Vitals">Each stream, in the order of the twin's codes.</param>
/// <param name="News2">The latest NEWS2 score, or null before all seven parameters were current together.</param>
/// <param name="News2Time">When it was scored.</param>
/// <param name="ModelRisk">The attached model's latest risk, or null.</param>
/// <param name="Mechanistic">The mechanistic model at its latest comparison, or null.</param>
/// <param name="ControllerPaused">True while the controller's sensor is faulted and it proposes nothing.</param>
/// <param name="ActiveAlerts">Alerts raised and not cleared, by source.</param>
/// <param name="Counters">What the twin has taken in and given out.</param>
public sealed record TwinState(
    string PatientId,
    DateTimeOffset? Time,
    IReadOnlyList<VitalState> Vitals,
    News2Score? News2,
    DateTimeOffset? News2Time,
    ModelRiskState? ModelRisk,
    MechanisticState? Mechanistic,
    bool ControllerPaused,
    IReadOnlyList<TwinAlert> ActiveAlerts,
    TwinCounters Counters);
