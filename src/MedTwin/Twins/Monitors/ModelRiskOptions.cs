using MedTwin.Learning;
using MedTwin.Learning.ModelCards;
using MedTwin.Twins.Alerts;

namespace MedTwin.Twins.Monitors;

/// <summary>
/// A trained model loaded into a twin (read with <see cref="ModelCardFiles.Read"/>): each of its features is the
/// latest value of one observation code; its risk raises an alert at <see cref="RaiseAt"/> and clears below
/// <see cref="ClearBelow"/>, so a risk hovering at the threshold does not flap.
/// </summary>
public sealed record ModelRiskOptions
{
    /// <summary>The model's card (its title names the alert: <c>model:&lt;title&gt;</c>).</summary>
    public required ModelCard Card { get; init; }

    /// <summary>The model.</summary>
    public required ITrainedModel Model { get; init; }

    /// <summary>For each of the model's features, the observation code whose latest value it takes.</summary>
    public required IReadOnlyDictionary<string, string> FeatureCodes { get; init; }

    /// <summary>The risk at or above which the alert is raised.</summary>
    public required double RaiseAt { get; init; }

    /// <summary>The risk below which a raised alert counts as clear.</summary>
    public required double ClearBelow { get; init; }

    /// <summary>The alert's severity.</summary>
    public AlertSeverity Severity { get; init; } = AlertSeverity.Medium;

    internal ModelRiskOptions Validated(IEnumerable<string> knownCodes)
    {
        ArgumentNullException.ThrowIfNull(Card, nameof(Card));
        ArgumentNullException.ThrowIfNull(Model, nameof(Model));
        ArgumentNullException.ThrowIfNull(FeatureCodes, nameof(FeatureCodes));
        foreach (var feature in Model.FeatureNames)
        {
            if (!FeatureCodes.TryGetValue(feature, out var code))
            {
                throw new ArgumentException($"FeatureCodes: the model's feature '{feature}' has no observation code.");
            }

            if (!knownCodes.Contains(code, StringComparer.Ordinal))
            {
                throw new ArgumentException($"FeatureCodes: feature '{feature}' is mapped to code '{code}', which the twin does not take.");
            }
        }

        if (!double.IsFinite(RaiseAt) || !double.IsFinite(ClearBelow) || ClearBelow > RaiseAt)
        {
            throw new ArgumentException($"RaiseAt and ClearBelow must be finite with ClearBelow at most RaiseAt; found RaiseAt {RaiseAt}, ClearBelow {ClearBelow}.");
        }

        if (!Enum.IsDefined(Severity) || Severity == AlertSeverity.None)
        {
            throw new ArgumentException($"Severity must be a defined severity above None; found {Severity}.");
        }

        return this;
    }
}
