namespace MedTwin.Twins.EarlyWarning;

/// <summary>The seven physiological parameters NEWS2 scores.</summary>
public enum News2Parameter
{
    /// <summary>Respiration rate, breaths per minute (UCUM <c>/min</c>).</summary>
    RespirationRate,

    /// <summary>Oxygen saturation SpO2, % (scored on scale 1 or scale 2).</summary>
    OxygenSaturation,

    /// <summary>Air or supplemental oxygen.</summary>
    AirOrOxygen,

    /// <summary>Systolic blood pressure, mm[Hg].</summary>
    SystolicBloodPressure,

    /// <summary>Pulse, beats per minute (<c>/min</c>).</summary>
    Pulse,

    /// <summary>Level of consciousness, ACVPU.</summary>
    Consciousness,

    /// <summary>Temperature, degrees Celsius (<c>Cel</c>).</summary>
    Temperature,
}
