namespace MedTwin.Twins.EarlyWarning;

/// <summary>Which NEWS2 SpO2 scale scores a patient's oxygen saturation.</summary>
public enum OxygenSaturationScale
{
    /// <summary>Scale 1: every patient without a prescribed lower target.</summary>
    Scale1,

    /// <summary>
    /// Scale 2: patients with hypercapnic respiratory failure (usually from COPD) whose prescribed target saturation is
    /// 88–92%, on a clinician's decision recorded in the notes.
    /// </summary>
    Scale2,
}
