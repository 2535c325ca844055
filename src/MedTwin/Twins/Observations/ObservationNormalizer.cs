using System.Collections.Concurrent;
using System.Globalization;
using MedTwin.Data.Units;

namespace MedTwin.Twins.Observations;

/// <summary>
/// Checks an arriving observation against the codes a twin knows and converts its value to the code's unit (UCUM, via
/// <see cref="UnitConverter"/>): 7.2 mmol/L of glucose becomes 129.7 mg/dL, 98.6 [degF] becomes 37 Cel.
/// </summary>
public sealed class ObservationNormalizer
{
    private readonly Dictionary<string, ObservationCode> codes;
    // Bounded, so that a flood of distinct (valid) unit spellings cannot grow it without limit; safe to share between twins.
    private const int MaximumCachedConversions = 256;
    private readonly ConcurrentDictionary<(string Code, string Unit), UnitConversion> conversions = new();

    /// <summary>A normaliser for the given codes.</summary>
    /// <exception cref="ArgumentException">Two entries share a code, or a code's unit is not UCUM.</exception>
    public ObservationNormalizer(IEnumerable<ObservationCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        this.codes = new(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            ArgumentNullException.ThrowIfNull(code, nameof(codes));
            if (!Unit.TryParse(code.Unit, out _))
            {
                throw new ArgumentException($"The unit '{code.Unit}' of code {code.Code} is not a UCUM unit.", nameof(codes));
            }

            if (!this.codes.TryAdd(code.Code, code))
            {
                throw new ArgumentException($"The code {code.Code} is listed twice.", nameof(codes));
            }
        }
    }

    /// <summary>The codes this normaliser accepts.</summary>
    public IReadOnlyCollection<ObservationCode> Codes => codes.Values;

    /// <summary>The entry for <paramref name="code"/>, or <c>null</c>.</summary>
    public ObservationCode? Find(string code) => codes.GetValueOrDefault(code);

    /// <summary>The observation in its code's unit, or why it cannot be taken.</summary>
    public (Observation? Normalized, ObservationRejection? Rejection) Normalize(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (string.IsNullOrWhiteSpace(observation.PatientId) || string.IsNullOrWhiteSpace(observation.DeviceId))
        {
            return Reject(RejectionReason.Malformed, "patientId and deviceId must not be empty", observation);
        }

        if (!codes.TryGetValue(observation.Code ?? "", out var code))
        {
            return Reject(RejectionReason.UnknownCode, $"code '{observation.Code}' is not one this twin knows ({string.Join(", ", codes.Keys.Order(StringComparer.Ordinal))})", observation);
        }

        if (!double.IsFinite(observation.Value))
        {
            return Reject(RejectionReason.NotFinite, $"value of {code.Code} ({code.Name}) is {observation.Value.ToString(CultureInfo.InvariantCulture)}", observation);
        }

        if (code.WholeNumbers && observation.Value != Math.Round(observation.Value))
        {
            return Reject(RejectionReason.Malformed, $"value of {code.Code} ({code.Name}) is a code and must be a whole number; found {observation.Value.ToString(CultureInfo.InvariantCulture)}", observation);
        }

        if (string.Equals(observation.Unit, code.Unit, StringComparison.Ordinal))
        {
            return (observation, null);
        }

        var conversion = Conversion(code, observation.Unit ?? "");
        return conversion is null
            ? Reject(RejectionReason.WrongUnit, $"unit '{observation.Unit}' of {code.Code} ({code.Name}) cannot be converted to {code.Unit}", observation)
            : (observation with { Value = conversion.Apply(observation.Value), Unit = code.Unit }, null);
    }

    private UnitConversion? Conversion(ObservationCode code, string unit)
    {
        if (conversions.TryGetValue((code.Code, unit), out var known))
        {
            return known;
        }

        try
        {
            var conversion = UnitConverter.Between(unit, code.Unit, code.Analyte);
            if (conversions.Count < MaximumCachedConversions)
            {
                conversions.TryAdd((code.Code, unit), conversion);
            }

            return conversion;
        }
        catch (Exception exception) when (exception is UnitFormatException or UnitConversionException)
        {
            return null;
        }
    }

    private static (Observation?, ObservationRejection?) Reject(RejectionReason reason, string detail, Observation observation) =>
        (null, new ObservationRejection(reason, detail, observation));
}
