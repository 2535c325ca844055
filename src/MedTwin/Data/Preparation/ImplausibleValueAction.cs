namespace MedTwin.Data.Preparation;

/// <summary>What <see cref="CheckPlausibility"/> does with a value outside its plausible range. It never clamps.</summary>
public enum ImplausibleValueAction
{
    /// <summary>The value becomes missing.</summary>
    SetMissing,

    /// <summary>The value stays; a boolean column <c>&lt;column&gt;_implausible</c> after it is true for that row.</summary>
    Flag,

    /// <summary>The whole row is removed.</summary>
    RejectRow,
}
