namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// Allometric scaling of a typical adult's parameters to a body weight WT (kg): clearances × (WT/70)^0.75, volumes ×
/// (WT/70)^1 by default (Holford 1996; Anderson &amp; Holford 2008). Applied only when asked for.
/// </summary>
public sealed record AllometricScaling
{
    /// <summary>Weight the typical parameters refer to (kg).</summary>
    public double ReferenceWeight { get; init => field = Require.Positive(value, nameof(ReferenceWeight)); } = 70;

    /// <summary>Exponent applied to clearances (CL, Q).</summary>
    public double ClearanceExponent { get; init; } = 0.75;

    /// <summary>Exponent applied to volumes (V, V1, V2).</summary>
    public double VolumeExponent { get; init; } = 1;

    /// <summary>The factor (WT/reference)^clearance exponent.</summary>
    public double ClearanceFactor(double weight) => Math.Pow(Require.Positive(weight, nameof(weight)) / ReferenceWeight, ClearanceExponent);

    /// <summary>The factor (WT/reference)^volume exponent.</summary>
    public double VolumeFactor(double weight) => Math.Pow(Require.Positive(weight, nameof(weight)) / ReferenceWeight, VolumeExponent);

    /// <summary>The typical model scaled to <paramref name="weight"/> kg; ka, F and tlag are unchanged.</summary>
    public OneCompartmentModel Apply(OneCompartmentModel typical, double weight)
    {
        ArgumentNullException.ThrowIfNull(typical);
        return typical with { Clearance = typical.Clearance * ClearanceFactor(weight), Volume = typical.Volume * VolumeFactor(weight) };
    }

    /// <summary>The typical model scaled to <paramref name="weight"/> kg; ka, F and tlag are unchanged.</summary>
    public TwoCompartmentModel Apply(TwoCompartmentModel typical, double weight)
    {
        ArgumentNullException.ThrowIfNull(typical);
        return typical with
        {
            Clearance = typical.Clearance * ClearanceFactor(weight),
            IntercompartmentalClearance = typical.IntercompartmentalClearance * ClearanceFactor(weight),
            CentralVolume = typical.CentralVolume * VolumeFactor(weight),
            PeripheralVolume = typical.PeripheralVolume * VolumeFactor(weight),
        };
    }
}
