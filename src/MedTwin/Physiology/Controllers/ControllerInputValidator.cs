namespace MedTwin.Physiology.Controllers;

/// <summary>Checks a controller's input: finite, strictly later than the previous call, plausible glucose, no negative carbs.</summary>
internal sealed class ControllerInputValidator
{
    public double? PreviousMinutes { get; private set; }

    public void Accept(ControllerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!double.IsFinite(input.TimeMinutes))
        {
            throw new ArgumentException($"TimeMinutes is {input.TimeMinutes}; it must be finite.", nameof(input));
        }

        if (PreviousMinutes is { } previous && input.TimeMinutes <= previous)
        {
            throw new ArgumentException($"TimeMinutes {input.TimeMinutes} does not follow the previous decision at {previous} min; decisions must come in strictly increasing time.", nameof(input));
        }

        if (!double.IsFinite(input.CgmMgPerDl) || input.CgmMgPerDl <= 0)
        {
            throw new ArgumentException($"CgmMgPerDl is {input.CgmMgPerDl}; it must be positive and finite (mg/dL).", nameof(input));
        }

        if (!double.IsFinite(input.AnnouncedCarbsGrams) || input.AnnouncedCarbsGrams < 0)
        {
            throw new ArgumentException($"AnnouncedCarbsGrams is {input.AnnouncedCarbsGrams}; it must be zero or positive and finite (g).", nameof(input));
        }

        PreviousMinutes = input.TimeMinutes;
    }
}
