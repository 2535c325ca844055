namespace MedTwin.Twins.Observations;

/// <summary>Why an observation was not taken into a twin. Each is counted; none stops the twin.</summary>
public enum RejectionReason
{
    /// <summary>The message could not be read as an observation (bad JSON or CSV, a field missing or of the wrong type).</summary>
    Malformed,

    /// <summary>No twin exists for the patient.</summary>
    UnknownPatient,

    /// <summary>The twin does not know the code.</summary>
    UnknownCode,

    /// <summary>The unit is not UCUM, or cannot be converted to the code's unit.</summary>
    WrongUnit,

    /// <summary>The value is NaN or infinite.</summary>
    NotFinite,

    /// <summary>The time lies further in the future than the twin's clock allows.</summary>
    FutureTime,

    /// <summary>The same device and sequence number was taken before: a redelivery, not a new reading.</summary>
    Duplicate,

    /// <summary>
    /// The sequence number lies so far behind the device's latest that the twin no longer remembers whether it took
    /// it (it remembers each device's last <c>1,024</c> numbers): it cannot be taken without risking a double count.
    /// </summary>
    Stale,
}
