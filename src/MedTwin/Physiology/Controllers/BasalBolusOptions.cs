namespace MedTwin.Physiology.Controllers;

/// <summary>Settings of a <see cref="BasalBolusController"/>.</summary>
public sealed record BasalBolusOptions
{
    /// <summary>The patient's settings.</summary>
    public required TherapySettings Settings { get; init => field = value ?? throw new ArgumentNullException(nameof(Settings)); }

    /// <summary>The limits every proposal respects.</summary>
    public ControllerSafetyLimits Limits { get; init => field = value ?? throw new ArgumentNullException(nameof(Limits)); } = new();

    /// <summary>Whether the correction is reduced by the insulin still on board from earlier boluses (linear action curve).</summary>
    public bool SubtractInsulinOnBoard { get; init; } = true;
}
