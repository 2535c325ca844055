namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>How a dose enters the body.</summary>
public enum DoseRoute
{
    /// <summary>Intravenous bolus: the whole amount enters the central compartment at the dose time.</summary>
    IntravenousBolus,

    /// <summary>Zero-order intravenous infusion: the amount enters the central compartment at a constant rate over the infusion duration.</summary>
    Infusion,

    /// <summary>Oral (extravascular): the bioavailable fraction is absorbed by first-order kinetics after the lag time.</summary>
    Oral,
}
