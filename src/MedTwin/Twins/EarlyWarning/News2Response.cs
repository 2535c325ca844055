namespace MedTwin.Twins.EarlyWarning;

/// <summary>
/// The minimum monitoring frequency and the clinical response for a NEWS2 band, as chart 4 of the Royal College of
/// Physicians' NEWS2 (2017) sets them out.
/// </summary>
/// <param name="MonitoringInterval">The longest interval between observations; <see cref="TimeSpan.Zero"/> means continuous monitoring.</param>
/// <param name="Monitoring">The minimum monitoring frequency as the chart words it.</param>
/// <param name="Action">The clinical response as the chart words it.</param>
public sealed record News2Response(TimeSpan MonitoringInterval, string Monitoring, string Action)
{
    /// <summary>The response for a risk band and aggregate score (a score of 0 is monitored 12-hourly, 1–4 4–6-hourly).</summary>
    public static News2Response For(News2Risk risk, int total) => risk switch
    {
        News2Risk.High => new(
            TimeSpan.Zero,
            "Continuous monitoring of vital signs",
            "Registered nurse to immediately inform the medical team caring for the patient – this should be at least at specialist registrar level; emergency assessment by a team with critical care competencies, including practitioner(s) with advanced airway management skills; consider transfer of care to a level 2 or 3 clinical care facility, i.e. higher-dependency unit or ICU; clinical care in an environment with monitoring facilities"),
        News2Risk.Medium => new(
            TimeSpan.FromHours(1),
            "Minimum 1-hourly",
            "Registered nurse to immediately inform the medical team caring for the patient; registered nurse to request urgent assessment by a clinician or team with core competencies in the care of acutely ill patients; provide clinical care in an environment with monitoring facilities"),
        News2Risk.LowMedium => new(
            TimeSpan.FromHours(1),
            "Minimum 1-hourly",
            "Registered nurse to inform medical team caring for the patient, who will review and decide whether escalation of care is necessary"),
        _ when total == 0 => new(
            TimeSpan.FromHours(12),
            "Minimum 12-hourly",
            "Continue routine NEWS monitoring"),
        _ => new(
            TimeSpan.FromHours(4),
            "Minimum 4–6-hourly",
            "Inform registered nurse, who must assess the patient; registered nurse decides whether increased frequency of clinical monitoring or an escalation of care is required"),
    };
}
