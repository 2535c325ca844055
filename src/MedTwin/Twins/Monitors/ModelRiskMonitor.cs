using System.Globalization;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;

namespace MedTwin.Twins.Monitors;

/// <summary>Predicts the model's risk whenever one of its features' streams moves and every feature is current; alerts with a hysteresis band.</summary>
internal sealed class ModelRiskMonitor
{
    private readonly ModelRiskOptions options;
    private readonly AlertLatch latch;
    private readonly string[] codes;
    private readonly double[] features;

    public ModelRiskMonitor(string patientId, ModelRiskOptions options, AlertSettling settling)
    {
        this.options = options;
        latch = new AlertLatch(patientId, AlertKind.ModelRisk, $"model:{options.Card.Title}", settling);
        codes = [.. options.Model.FeatureNames.Select(f => options.FeatureCodes[f])];
        features = new double[codes.Length];
    }

    public string ModelTitle => options.Card.Title;

    public double? Latest { get; private set; }

    public DateTimeOffset? LatestTime { get; private set; }

    public TwinAlert? Active => latch.Active;

    public bool Reads(string code) => codes.Contains(code, StringComparer.Ordinal);

    public TwinAlert? Assess(DateTimeOffset now, IReadOnlyDictionary<string, VitalStream> streams, SensorFaultMonitor faults)
    {
        if (codes.FirstOrDefault(faults.IsFaulted) is { } faulted)
        {
            if (Latest is null)
            {
                return null; // never assessed: nothing to suppress
            }

            return latch.Suppress(now, $"{options.Card.Title} not assessed: {faults.FaultOf(faulted)}", streams[faulted].Latest is { } last ? [last.Reference] : []);
        }

        if (codes.Any(code => !streams[code].IsFresh(now)))
        {
            return null;
        }

        var readings = codes.Select(code => streams[code].Latest!).ToArray();
        for (var i = 0; i < readings.Length; i++)
        {
            features[i] = readings[i].Value;
        }

        var risk = options.Model.Predict(features);
        Latest = risk;
        LatestTime = now;
        var level = risk >= options.RaiseAt ? options.Severity
            : risk < options.ClearBelow ? AlertSeverity.None
            : latch.Severity;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{options.Card.Title}: risk {risk:0.###} (raised at {options.RaiseAt:0.###}, clear below {options.ClearBelow:0.###}) from ")
            + string.Join(", ", options.Model.FeatureNames.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name} {features[i]:0.###}")));
        return latch.Assess(now, level, reason, [.. readings.Select(r => r.Reference)]);
    }
}
