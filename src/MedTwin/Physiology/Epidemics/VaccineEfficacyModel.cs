namespace MedTwin.Physiology.Epidemics;

/// <summary>How a vaccine's efficacy e acts (Halloran, Longini &amp; Struchiner, "Design and Analysis of Vaccine Studies", 2010, ch. 2).</summary>
public enum VaccineEfficacyModel
{
    /// <summary>A fraction e of vaccinees is fully protected and the rest not at all; failures stay susceptible.</summary>
    AllOrNothing,

    /// <summary>Every vaccinee is protected partially: their risk of infection per contact is multiplied by 1 − e.</summary>
    Leaky,
}
