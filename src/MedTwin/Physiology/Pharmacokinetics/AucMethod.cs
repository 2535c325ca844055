namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>How the area under the concentration-time curve is summed between observations.</summary>
public enum AucMethod
{
    /// <summary>Linear trapezoid on every interval.</summary>
    Linear,

    /// <summary>Linear trapezoid where the concentration rises or stays, log trapezoid Δt·(C1 − C2)/ln(C1/C2) where it falls to a positive value.</summary>
    LinearUpLogDown,
}
