using MedTwin.Physiology.Controllers;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Monitors;

/// <summary>A controller attached to a twin: at each reading of <see cref="Code"/> it proposes an action within its safety limits.</summary>
public sealed record ControllerOptions
{
    /// <summary>The controller; the twin owns it from here on (it keeps state between calls).</summary>
    public required IGlucoseController Controller { get; init; }

    /// <summary>The name actions carry.</summary>
    public required string Name { get; init; }

    /// <summary>The stream it reads (default CGM glucose, in mg/dL).</summary>
    public string Code { get; init; } = ObservationCodes.Glucose;

    internal ControllerOptions Validated(IEnumerable<string> knownCodes)
    {
        ArgumentNullException.ThrowIfNull(Controller, nameof(Controller));
        ArgumentException.ThrowIfNullOrWhiteSpace(Name, nameof(Name));
        if (!knownCodes.Contains(Code, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Code: the controller reads code '{Code}', which the twin does not take.");
        }

        return this;
    }
}
