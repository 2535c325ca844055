using MedTwin.Twins.Observations;
using MedTwin.Twins.Replay;

namespace MedTwin.Tests.Twins.Hosting;

/// <summary>
/// A ward's recorded stream: each patient's monitor every minute, cuff and thermometer every 15 minutes, a nurse's
/// chart every hour and a CGM every 5 minutes, with seeded wobble; some patients deteriorate and one monitor goes
/// silent for a while, so the twins have alerts and a dropout to find.
/// </summary>
internal static class WardRecording
{
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    public static List<Observation> Observations(int patients, int minutes, int seed)
    {
        var random = new Random(seed);
        var observations = new List<Observation>();
        for (var minute = 0; minute < minutes; minute++)
        {
            var time = Start.AddMinutes(minute);
            for (var p = 0; p < patients; p++)
            {
                var patient = $"patient-{p:D5}";
                var worsening = p % 3 == 0 ? Math.Min(1.0, minute / 60.0) : 0;
                var silent = p == 1 && minute is >= 20 and < 30;
                void Add(string code, double value, string unit, string device) =>
                    observations.Add(new Observation(patient, code, value, unit, time, $"{patient}/{device}", minute));
                if (!silent)
                {
                    Add(ObservationCodes.RespiratoryRate, Math.Round(16 + (10 * worsening) + random.Next(-1, 2)), "/min", "monitor-rr");
                    Add(ObservationCodes.OxygenSaturation, Math.Round(97 - (6 * worsening) + random.Next(-1, 2)), "%", "monitor-spo2");
                    Add(ObservationCodes.HeartRate, Math.Round(75 + (40 * worsening) + random.Next(-2, 3)), "/min", "monitor-hr");
                }

                if (minute % 15 == 0)
                {
                    Add(ObservationCodes.SystolicBloodPressure, Math.Round(125 - (30 * worsening) + random.Next(-3, 4)), "mm[Hg]", "cuff");
                    Add(ObservationCodes.BodyTemperature, Math.Round(36.8 + (2 * worsening) + (0.1 * random.Next(-1, 2)), 1), "Cel", "thermometer");
                }

                if (minute % 60 == 0)
                {
                    Add(ObservationCodes.Consciousness, 0, "{ACVPU}", "chart-acvpu");
                    Add(ObservationCodes.InhaledOxygenFlow, 0, "L/min", "chart-o2");
                }

                if (minute % 5 == 0)
                {
                    Add(ObservationCodes.Glucose, Math.Round(120 + (20 * Math.Sin(minute / 30.0)) + random.Next(-2, 3)), "mg/dL", "cgm");
                }
            }
        }

        return observations;
    }

    public static List<RecordedLine> Lines(IEnumerable<Observation> observations) =>
        [.. observations.Select((o, i) => new RecordedLine(i + 1, o, null))];
}
