namespace MedTwin.Physiology.Devices;

/// <summary>
/// A continuous glucose monitor. Blood glucose reaches the interstitium through a first-order lag
/// dIG/dt = (BG − IG)/τ (Rebrin et al. 1999), solved exactly between readings with blood glucose taken as linear between
/// the values it is given. The measured value is IG·(1 + drift·days of wear) plus additive AR(1) Gaussian noise. This is
/// the simpler documented alternative to the Johnson-transformed AR(1) noise of Breton &amp; Kovatchev 2008 (J Diabetes
/// Sci Technol 2:853): symmetric, so it has no heavy tail. Readings are then quantised and limited to the reporting
/// range, and a limited reading is flagged in <see cref="CgmReading.Status"/>.
/// </summary>
public sealed class CgmSensor
{
    private readonly CgmSensorOptions options;
    private readonly Ar1GaussianNoise noise;
    private double? startMinutes;
    private double previousTime;
    private double previousBloodGlucose;
    private double interstitialGlucose;

    /// <summary>A sensor whose noise is drawn from <paramref name="seed"/>: the same seed and inputs give the same readings.</summary>
    public CgmSensor(CgmSensorOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MinimumReportedMgPerDl >= options.MaximumReportedMgPerDl)
        {
            throw new ArgumentException($"MinimumReportedMgPerDl ({options.MinimumReportedMgPerDl}) must be below MaximumReportedMgPerDl ({options.MaximumReportedMgPerDl}).", nameof(options));
        }

        this.options = options;
        noise = new Ar1GaussianNoise(options.NoiseStandardDeviationMgPerDl, options.NoiseAutocorrelation, seed);
    }

    /// <summary>When the next reading is due (min); null before the first reading, which may be at any time.</summary>
    public double? NextReadingMinutes => startMinutes is null ? null : previousTime + options.SamplingIntervalMinutes;

    /// <summary>
    /// Takes the reading due at <paramref name="timeMinutes"/> from blood glucose <paramref name="bloodGlucoseMgPerDl"/>.
    /// The first reading starts the sensor with the interstitium in equilibrium; each later one must come exactly one
    /// sampling interval after the previous.
    /// </summary>
    public CgmReading Read(double timeMinutes, double bloodGlucoseMgPerDl)
    {
        Require.Finite(timeMinutes, nameof(timeMinutes));
        Require.Positive(bloodGlucoseMgPerDl, nameof(bloodGlucoseMgPerDl));
        if (startMinutes is null)
        {
            startMinutes = timeMinutes;
            interstitialGlucose = bloodGlucoseMgPerDl;
        }
        else
        {
            var due = previousTime + options.SamplingIntervalMinutes;
            if (Math.Abs(timeMinutes - due) > 1e-9 * Math.Max(1, Math.Abs(due)))
            {
                throw new ArgumentOutOfRangeException(nameof(timeMinutes), timeMinutes, $"The next reading is due at {due} min (every {options.SamplingIntervalMinutes} min).");
            }

            interstitialGlucose = Lagged(interstitialGlucose, previousBloodGlucose, bloodGlucoseMgPerDl, timeMinutes - previousTime);
        }

        previousTime = timeMinutes;
        previousBloodGlucose = bloodGlucoseMgPerDl;
        var wearDays = (timeMinutes - startMinutes.Value) / 1440;
        var raw = (interstitialGlucose * (1 + (options.GainDriftPerDay * wearDays))) + noise.Next();
        var quantised = options.QuantisationMgPerDl > 0
            ? Math.Round(raw / options.QuantisationMgPerDl, MidpointRounding.AwayFromZero) * options.QuantisationMgPerDl
            : raw;
        return quantised < options.MinimumReportedMgPerDl
            ? new CgmReading(timeMinutes, options.MinimumReportedMgPerDl, CgmReadingStatus.BelowReportingRange, interstitialGlucose, raw)
            : quantised > options.MaximumReportedMgPerDl
                ? new CgmReading(timeMinutes, options.MaximumReportedMgPerDl, CgmReadingStatus.AboveReportingRange, interstitialGlucose, raw)
                : new CgmReading(timeMinutes, quantised, CgmReadingStatus.InRange, interstitialGlucose, raw);
    }

    // Exact solution of IG' = (BG(t) − IG)/τ over one interval with BG linear from start to end.
    private double Lagged(double interstitialAtStart, double bloodAtStart, double bloodAtEnd, double interval)
    {
        if (options.LagTimeConstantMinutes == 0)
        {
            return bloodAtEnd;
        }

        var tau = options.LagTimeConstantMinutes;
        var decay = Math.Exp(-interval / tau);
        var slope = (bloodAtEnd - bloodAtStart) / interval;
        return (decay * interstitialAtStart) + bloodAtEnd - (decay * bloodAtStart) - (slope * tau * (1 - decay));
    }
}
