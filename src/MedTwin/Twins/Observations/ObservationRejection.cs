namespace MedTwin.Twins.Observations;

/// <summary>An observation (or a message that was meant to be one) the twin did not take, and why.</summary>
/// <param name="Reason">The counted reason.</param>
/// <param name="Detail">What was found and what was expected, naming the field.</param>
/// <param name="Observation">The observation as received, when the message could be read as one.</param>
public sealed record ObservationRejection(RejectionReason Reason, string Detail, Observation? Observation = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Reason}: {Detail}";
}
