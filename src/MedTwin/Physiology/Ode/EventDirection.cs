namespace MedTwin.Physiology.Ode;

/// <summary>Which sign changes of an event function count as a crossing.</summary>
public enum EventDirection
{
    /// <summary>Both rising and falling crossings.</summary>
    Both,

    /// <summary>The function goes from negative to zero or positive.</summary>
    Rising,

    /// <summary>The function goes from positive to zero or negative.</summary>
    Falling,
}
