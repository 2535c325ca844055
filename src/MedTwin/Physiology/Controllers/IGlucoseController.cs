namespace MedTwin.Physiology.Controllers;

/// <summary>A glucose controller: from the time, the latest CGM reading and any announced meal, it proposes an insulin action within its safety limits.</summary>
public interface IGlucoseController
{
    /// <summary>The limits every proposal respects.</summary>
    ControllerSafetyLimits Limits { get; }

    /// <summary>The action for <paramref name="input"/>; calls come in strictly increasing time.</summary>
    InsulinProposal Propose(ControllerInput input);
}
