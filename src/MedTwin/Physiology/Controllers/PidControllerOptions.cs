namespace MedTwin.Physiology.Controllers;

/// <summary>Settings of a <see cref="PidController"/>. The default gains are illustrative, not tuned for any patient.</summary>
public sealed record PidControllerOptions
{
    /// <summary>Baseline basal rate the controller adjusts (U/h).</summary>
    public required double BasalUnitsPerHour { get; init => field = Require.NonNegative(value, nameof(BasalUnitsPerHour)); }

    /// <summary>Glucose setpoint (mg/dL).</summary>
    public double TargetMgPerDl { get; init => field = Require.Positive(value, nameof(TargetMgPerDl)); } = 120;

    /// <summary>Proportional gain ((U/h) per mg/dL above target).</summary>
    public double ProportionalGain { get; init => field = Require.NonNegative(value, nameof(ProportionalGain)); } = 0.02;

    /// <summary>Integral gain ((U/h) per mg/dL·min).</summary>
    public double IntegralGain { get; init => field = Require.NonNegative(value, nameof(IntegralGain)); } = 0.0002;

    /// <summary>Derivative gain ((U/h) per mg/dL/min of rise).</summary>
    public double DerivativeGain { get; init => field = Require.NonNegative(value, nameof(DerivativeGain)); } = 0.5;

    /// <summary>The integral term is held within ± this (U/h) against wind-up.</summary>
    public double IntegralLimitUnitsPerHour { get; init => field = Require.NonNegative(value, nameof(IntegralLimitUnitsPerHour)); } = 1;

    /// <summary>Insulin feedback: the rate is lowered by this ((U/h) per U) times the net insulin on board above baseline.</summary>
    public double InsulinFeedbackGain { get; init => field = Require.NonNegative(value, nameof(InsulinFeedbackGain)); } = 0.5;

    /// <summary>Duration of insulin action for the net insulin on board (min).</summary>
    public double InsulinActionMinutes { get; init => field = Require.Positive(value, nameof(InsulinActionMinutes)); } = 240;

    /// <summary>Insulin is suspended when glucose, or glucose extrapolated over <see cref="PredictionHorizonMinutes"/>, is below this (mg/dL).</summary>
    public double SuspendThresholdMgPerDl { get; init => field = Require.Positive(value, nameof(SuspendThresholdMgPerDl)); } = 80;

    /// <summary>How far ahead the latest trend is extrapolated for the suspend decision (min); 0 suspends on the current reading only.</summary>
    public double PredictionHorizonMinutes { get; init => field = Require.NonNegative(value, nameof(PredictionHorizonMinutes)); } = 30;

    /// <summary>The limits every proposal respects.</summary>
    public ControllerSafetyLimits Limits { get; init => field = value ?? throw new ArgumentNullException(nameof(Limits)); } = new();
}
