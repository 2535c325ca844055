namespace MedTwin.Twins.Faults;

/// <summary>The ways a sensor stream can fail that a twin must notice before it trusts the values.</summary>
public enum SensorFaultKind
{
    /// <summary>The same value, reading after reading, for longer than a living signal stays still.</summary>
    FlatLine,

    /// <summary>No reading for longer than the expected interval allows.</summary>
    Dropout,

    /// <summary>A value no living patient can show.</summary>
    ImpossibleValue,

    /// <summary>A change between two readings faster than physiology allows.</summary>
    SuddenJump,
}
