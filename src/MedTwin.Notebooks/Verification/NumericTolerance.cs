namespace MedTwin.Notebooks.Verification;

/// <summary>
/// How far a received number may be from the committed one: numbers <c>a</c> and <c>b</c> agree when
/// <c>|a - b| &lt;= Absolute + Relative * max(|a|, |b|)</c>. Both zero (<see cref="Exact"/>) means texts must be equal character for character.
/// </summary>
/// <param name="Relative">The relative part, non-negative.</param>
/// <param name="Absolute">The absolute part, non-negative.</param>
public readonly record struct NumericTolerance(double Relative, double Absolute)
{
    /// <summary>No tolerance: outputs must be equal text.</summary>
    public static NumericTolerance Exact => default;

    /// <summary>Whether this is <see cref="Exact"/>.</summary>
    public bool IsExact => Relative == 0 && Absolute == 0;

    /// <summary>Whether <paramref name="committed"/> and <paramref name="received"/> agree within this tolerance.</summary>
    public bool Accepts(double committed, double received)
    {
        if (committed.Equals(received))
        {
            return true;
        }

        var difference = Math.Abs(committed - received);
        return difference <= Absolute + (Relative * Math.Max(Math.Abs(committed), Math.Abs(received)));
    }
}
