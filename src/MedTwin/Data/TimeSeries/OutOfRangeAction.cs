namespace MedTwin.Data.TimeSeries;

/// <summary>What a plausible-range check does with a value outside its code's declared range.</summary>
public enum OutOfRangeAction
{
    /// <summary>The value becomes missing; the report lists it.</summary>
    SetMissing,

    /// <summary>The value is kept; the report lists it.</summary>
    Flag,
}
