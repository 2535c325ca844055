using MedTwin.Physiology.Controllers;

namespace MedTwin.Tests.Physiology.Controllers;

public sealed class PidControllerTests
{
    private static readonly PidControllerOptions Options = new() { BasalUnitsPerHour = 1 };

    [Fact]
    public void At_target_and_steady_it_proposes_the_baseline_basal_and_no_bolus()
    {
        var controller = new PidController(Options);

        var proposals = Enumerable.Range(0, 10).Select(i => controller.Propose(new ControllerInput(5 * i, 120))).ToArray();

        Assert.All(proposals, p => Assert.Equal((1.0, 0.0), (p.BasalUnitsPerHour, p.BolusUnits)));
    }

    [Fact]
    public void Above_target_it_raises_the_rate_by_the_proportional_term()
    {
        var proposal = new PidController(Options with { IntegralGain = 0, DerivativeGain = 0 }).Propose(new ControllerInput(0, 220));

        Assert.Equal(1 + (0.02 * 100), proposal.BasalUnitsPerHour, 12);
        Assert.StartsWith("PID: basal 1 + P 2 + I 0 + D 0 - IFB 0", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Insulin_delivered_above_baseline_feeds_back_and_lowers_the_rate()
    {
        var withFeedback = new PidController(Options with { IntegralGain = 0, DerivativeGain = 0 });
        var withoutFeedback = new PidController(Options with { IntegralGain = 0, DerivativeGain = 0, InsulinFeedbackGain = 0 });

        withFeedback.Propose(new ControllerInput(0, 220));
        withoutFeedback.Propose(new ControllerInput(0, 220));

        // 3 U/h for 60 min is 2 U above the 1 U/h baseline; 1.75 U of it remains at 60 min of a 240-min action.
        Assert.Equal(3 - (0.5 * 1.75), withFeedback.Propose(new ControllerInput(60, 220)).BasalUnitsPerHour, 12);
        Assert.Equal(3, withoutFeedback.Propose(new ControllerInput(60, 220)).BasalUnitsPerHour, 12);
    }

    [Fact]
    public void A_falling_trend_predicted_below_the_threshold_suspends_insulin()
    {
        var controller = new PidController(Options);
        controller.Propose(new ControllerInput(0, 130));

        var proposal = controller.Propose(new ControllerInput(5, 115));

        Assert.Equal(0, proposal.BasalUnitsPerHour);
        Assert.StartsWith("suspend: glucose 115 mg/dL, predicted 25 mg/dL in 30 min, below 80", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rate_never_exceeds_the_safety_limit_nor_falls_below_zero()
    {
        var controller = new PidController(Options with { Limits = new ControllerSafetyLimits { MaximumBasalUnitsPerHour = 2 }, SuspendThresholdMgPerDl = 40, PredictionHorizonMinutes = 0 });

        var high = controller.Propose(new ControllerInput(0, 400));
        var low = new PidController(Options with { SuspendThresholdMgPerDl = 40 }).Propose(new ControllerInput(0, 45));

        Assert.Equal(2, high.BasalUnitsPerHour);
        Assert.True(high.WasLimited);
        Assert.Equal(0, low.BasalUnitsPerHour);
        Assert.Contains("raised to 0", low.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Announced_meals_are_ignored_and_the_reason_says_so()
    {
        var proposal = new PidController(Options).Propose(new ControllerInput(0, 120, 50));

        Assert.Equal(0, proposal.BolusUnits);
        Assert.EndsWith("announced meal ignored (fully closed loop)", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_readings_give_bit_identical_proposals()
    {
        static InsulinProposal[] Run()
        {
            var controller = new PidController(Options);
            return [.. Enumerable.Range(0, 200).Select(i => controller.Propose(new ControllerInput(5 * i, 140 + (60 * Math.Sin(i / 10.0)))))];
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Negative_gains_and_unsorted_times_are_rejected()
    {
        Assert.Equal("ProportionalGain", Assert.Throws<ArgumentOutOfRangeException>(() => Options with { ProportionalGain = -0.1 }).ParamName);
        Assert.Equal("BasalUnitsPerHour", Assert.Throws<ArgumentOutOfRangeException>(() => new PidControllerOptions { BasalUnitsPerHour = double.NaN }).ParamName);
        var controller = new PidController(Options);
        controller.Propose(new ControllerInput(5, 120));
        Assert.Throws<ArgumentException>(() => controller.Propose(new ControllerInput(5, 120)));
    }
}
