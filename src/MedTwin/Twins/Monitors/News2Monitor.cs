using MedTwin.Twins.Alerts;
using MedTwin.Twins.EarlyWarning;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;

namespace MedTwin.Twins.Monitors;

/// <summary>
/// Scores NEWS2 whenever one of its parameters arrives and every parameter has a current reading (one its sensor has
/// not dropped out since), and raises the <c>news2</c> alert from the configured band up. A faulted parameter sensor
/// suppresses the assessment and says which.
/// </summary>
internal sealed class News2Monitor(string patientId, OxygenSaturationScale scale, News2Risk alertFrom, AlertSettling settling)
{
    /// <summary>The parameters' codes, in the order of the NEWS2 chart.</summary>
    public static readonly string[] Codes =
    [
        ObservationCodes.RespiratoryRate, ObservationCodes.OxygenSaturation, ObservationCodes.InhaledOxygenFlow,
        ObservationCodes.SystolicBloodPressure, ObservationCodes.HeartRate, ObservationCodes.Consciousness, ObservationCodes.BodyTemperature,
    ];

    private readonly AlertLatch latch = new(patientId, AlertKind.News2, "news2", settling);

    public News2Score? Latest { get; private set; }

    public DateTimeOffset? LatestTime { get; private set; }

    public TwinAlert? Active => latch.Active;

    public TwinAlert? Assess(DateTimeOffset now, IReadOnlyDictionary<string, VitalStream> streams, SensorFaultMonitor faults)
    {
        if (Codes.FirstOrDefault(faults.IsFaulted) is { } faulted)
        {
            if (Latest is null)
            {
                return null; // never assessed: nothing to suppress
            }

            var stream = streams[faulted];
            return latch.Suppress(now, $"NEWS2 not assessed: {faults.FaultOf(faulted)}", stream.Latest is { } last ? [last.Reference] : []);
        }

        if (Codes.Any(code => !streams[code].IsFresh(now)))
        {
            return null;
        }

        var readings = Codes.Select(code => streams[code].Latest!).ToArray();
        News2Score score;
        try
        {
            score = News2.Score(new News2Observations
            {
                RespirationRate = readings[0].Value,
                OxygenSaturation = readings[1].Value,
                OnOxygen = readings[2].Value > 0,
                SystolicBloodPressure = readings[3].Value,
                Pulse = readings[4].Value,
                Consciousness = (Consciousness)(int)readings[5].Value,
                Temperature = readings[6].Value,
                Scale = scale,
            });
        }
        catch (ArgumentOutOfRangeException exception)
        {
            // A study's own codes may allow values NEWS2's chart does not cover: say so rather than score them.
            return latch.Suppress(now, $"NEWS2 not assessed: {exception.Message}", [.. readings.Select(r => r.Reference)]);
        }

        Latest = score;
        LatestTime = now;
        var reason = $"{score}. Response: {score.Response.Monitoring}; {score.Response.Action}";
        return latch.Assess(now, Level(score), reason, [.. readings.Select(r => r.Reference)]);
    }

    private AlertSeverity Level(News2Score score)
    {
        if (score.Risk < alertFrom || score.Total == 0)
        {
            return AlertSeverity.None;
        }

        return score.Risk switch
        {
            News2Risk.High => AlertSeverity.High,
            News2Risk.Medium => AlertSeverity.Medium,
            News2Risk.LowMedium => AlertSeverity.LowMedium,
            _ => AlertSeverity.Low,
        };
    }
}
