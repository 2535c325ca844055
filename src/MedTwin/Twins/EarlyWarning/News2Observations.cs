namespace MedTwin.Twins.EarlyWarning;

/// <summary>One set of the observations NEWS2 scores, taken together at the bedside.</summary>
public sealed record News2Observations
{
    /// <summary>Respiration rate, breaths per minute (UCUM <c>/min</c>).</summary>
    public required double RespirationRate { get; init; }

    /// <summary>Oxygen saturation SpO2, %.</summary>
    public required double OxygenSaturation { get; init; }

    /// <summary>Whether the patient breathes supplemental oxygen (by any device) rather than air.</summary>
    public required bool OnOxygen { get; init; }

    /// <summary>Systolic blood pressure, mm[Hg].</summary>
    public required double SystolicBloodPressure { get; init; }

    /// <summary>Pulse, beats per minute (<c>/min</c>).</summary>
    public required double Pulse { get; init; }

    /// <summary>Level of consciousness, ACVPU.</summary>
    public required Consciousness Consciousness { get; init; }

    /// <summary>Temperature, degrees Celsius.</summary>
    public required double Temperature { get; init; }

    /// <summary>The SpO2 scale; scale 2 only for patients a clinician has prescribed a target of 88–92%.</summary>
    public OxygenSaturationScale Scale { get; init; } = OxygenSaturationScale.Scale1;
}
