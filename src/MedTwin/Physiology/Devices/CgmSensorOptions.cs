namespace MedTwin.Physiology.Devices;

/// <summary>Settings of a <see cref="CgmSensor"/>; the defaults describe a typical 5-minute sensor.</summary>
public sealed record CgmSensorOptions
{
    /// <summary>Minutes between readings.</summary>
    public double SamplingIntervalMinutes { get; init => field = Require.Positive(value, nameof(SamplingIntervalMinutes)); } = 5;

    /// <summary>Time constant τ (min) of the first-order blood-to-interstitial lag; 0 turns the lag off.</summary>
    public double LagTimeConstantMinutes { get; init => field = Require.NonNegative(value, nameof(LagTimeConstantMinutes)); } = 10;

    /// <summary>Stationary standard deviation of the additive AR(1) noise (mg/dL); 0 turns the noise off.</summary>
    public double NoiseStandardDeviationMgPerDl { get; init => field = Require.NonNegative(value, nameof(NoiseStandardDeviationMgPerDl)); } = 8;

    /// <summary>Lag-1 autocorrelation of the noise between consecutive readings, in [0, 1) (0.7 as simglucose's sensor noise).</summary>
    public double NoiseAutocorrelation
    {
        get;
        init => field = double.IsFinite(value) && value is >= 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(NoiseAutocorrelation), value, "NoiseAutocorrelation must lie in [0, 1).");
    } = 0.7;

    /// <summary>Calibration drift: the sensor's gain changes by this fraction per day of wear (e.g. 0.02 reads 2% high after a day); may be negative.</summary>
    public double GainDriftPerDay { get; init => field = Require.Finite(value, nameof(GainDriftPerDay)); }

    /// <summary>Readings are rounded to the nearest multiple of this (mg/dL), halves away from zero; 0 turns quantisation off.</summary>
    public double QuantisationMgPerDl { get; init => field = Require.NonNegative(value, nameof(QuantisationMgPerDl)); } = 1;

    /// <summary>Lowest value the sensor reports (mg/dL); lower readings are reported as this and flagged.</summary>
    public double MinimumReportedMgPerDl { get; init => field = Require.Positive(value, nameof(MinimumReportedMgPerDl)); } = 40;

    /// <summary>Highest value the sensor reports (mg/dL); higher readings are reported as this and flagged.</summary>
    public double MaximumReportedMgPerDl { get; init => field = Require.Positive(value, nameof(MaximumReportedMgPerDl)); } = 400;
}
