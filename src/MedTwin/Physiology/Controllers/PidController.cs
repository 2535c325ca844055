using System.Globalization;

namespace MedTwin.Physiology.Controllers;

/// <summary>
/// A teaching closed-loop controller, not a clinical one: a PID on CGM glucose with insulin feedback and predictive
/// low-glucose suspend. Rate = basal + Kp·e + I + Kd·dG/dt − γ·IOB, where e = G − target, I = Σ Ki·e·Δt held within
/// ±limit, dG/dt is the slope between the last two readings and IOB is the net insulin above baseline this controller
/// delivered (linear action curve), after the idea of insulin feedback in Steil et al. 2011 (J Clin Endocrinol Metab
/// 96:1402). When G or G + dG/dt·horizon is below the suspend threshold the basal is 0 and the integral is held. The rate
/// is never negative and never above the limit. It proposes no boluses and ignores announced meals (fully closed loop).
/// </summary>
public sealed class PidController : IGlucoseController
{
    private readonly PidControllerOptions options;
    private readonly ControllerInputValidator inputValidator = new();
    private readonly LinearInsulinOnBoard netInsulinOnBoard;
    private double integral;
    private double? previousGlucose;
    private InsulinProposal? previousProposal;

    /// <summary>A controller with the given gains and limits.</summary>
    public PidController(PidControllerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        netInsulinOnBoard = new LinearInsulinOnBoard(options.InsulinActionMinutes);
    }

    /// <inheritdoc />
    public ControllerSafetyLimits Limits => options.Limits;

    /// <inheritdoc />
    public InsulinProposal Propose(ControllerInput input)
    {
        var previousTime = inputValidator.PreviousMinutes;
        inputValidator.Accept(input);
        if (previousProposal is not null && previousTime is { } since)
        {
            // An infusion over the interval acts, under a linear curve, as the same amount given at the interval's midpoint.
            netInsulinOnBoard.Add((since + input.TimeMinutes) / 2, (previousProposal.BasalUnitsPerHour - options.BasalUnitsPerHour) * (input.TimeMinutes - since) / 60);
        }

        var glucose = input.CgmMgPerDl;
        var interval = previousTime is { } last ? input.TimeMinutes - last : 0;
        var slope = previousGlucose is { } before && interval > 0 ? (glucose - before) / interval : 0;
        var predicted = glucose + (slope * options.PredictionHorizonMinutes);
        previousGlucose = glucose;
        var meal = input.AnnouncedCarbsGrams > 0 ? "; announced meal ignored (fully closed loop)" : string.Empty;

        if (Math.Min(glucose, predicted) < options.SuspendThresholdMgPerDl)
        {
            var suspendReason = string.Create(CultureInfo.InvariantCulture, $"suspend: glucose {glucose:0.#} mg/dL, predicted {predicted:0.#} mg/dL in {options.PredictionHorizonMinutes:0.#} min, below {options.SuspendThresholdMgPerDl:0.#}{meal}");
            previousProposal = Limits.Bound(input.TimeMinutes, 0, 0, suspendReason);
            return previousProposal;
        }

        var error = glucose - options.TargetMgPerDl;
        integral = Math.Clamp(integral + (options.IntegralGain * error * interval), -options.IntegralLimitUnitsPerHour, options.IntegralLimitUnitsPerHour);
        var proportional = options.ProportionalGain * error;
        var derivative = options.DerivativeGain * slope;
        var onBoard = netInsulinOnBoard.At(input.TimeMinutes);
        var feedback = options.InsulinFeedbackGain * onBoard;
        var rate = options.BasalUnitsPerHour + proportional + integral + derivative - feedback;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"PID: basal {options.BasalUnitsPerHour:0.###} + P {proportional:0.###} + I {integral:0.###} + D {derivative:0.###} - IFB {feedback:0.###} (net IOB {onBoard:0.###} U) = {rate:0.###} U/h{(rate < 0 ? ", raised to 0" : string.Empty)}{meal}");
        previousProposal = Limits.Bound(input.TimeMinutes, Math.Max(0, rate), 0, reason);
        return previousProposal;
    }
}
