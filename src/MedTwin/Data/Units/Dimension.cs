using System.Collections.Immutable;

namespace MedTwin.Data.Units;

/// <summary>
/// What a unit measures, as exponents of the base quantities (mass, length, time, amount of substance, temperature)
/// and of the kinds that convert only among themselves (international units, arbitrary units, equivalents, osmoles).
/// Two units convert into each other exactly when their dimensions are equal.
/// </summary>
public sealed class Dimension : IEquatable<Dimension>
{
    private readonly ImmutableSortedDictionary<string, int> kinds;

    internal Dimension(int mass = 0, int length = 0, int time = 0, int amount = 0, int temperature = 0, string? kind = null)
        : this(mass, length, time, amount, temperature, Kind(kind))
    {
    }

    private Dimension(int mass, int length, int time, int amount, int temperature, ImmutableSortedDictionary<string, int> kinds)
    {
        Mass = mass;
        Length = length;
        Time = time;
        Amount = amount;
        Temperature = temperature;
        this.kinds = kinds;
    }

    /// <summary>The dimension of pure numbers, counts and ratios (1, %, {count}).</summary>
    public static Dimension None { get; } = new();

    /// <summary>Exponent of mass (g).</summary>
    public int Mass { get; }

    /// <summary>Exponent of length (m); volume is length³.</summary>
    public int Length { get; }

    /// <summary>Exponent of time (s).</summary>
    public int Time { get; }

    /// <summary>Exponent of amount of substance (mol).</summary>
    public int Amount { get; }

    /// <summary>Exponent of thermodynamic temperature (K).</summary>
    public int Temperature { get; }

    /// <summary>
    /// Exponents of the kinds that convert only among themselves, by name in ordinal order:
    /// "international units", "arbitrary units", "equivalents", "osmoles".
    /// </summary>
    public IReadOnlyDictionary<string, int> Kinds => kinds;

    /// <summary>Whether this is the dimension of pure numbers.</summary>
    public bool IsNone => Mass == 0 && Length == 0 && Time == 0 && Amount == 0 && Temperature == 0 && kinds.IsEmpty;

    internal Dimension Times(Dimension other)
    {
        var combined = kinds.ToBuilder();
        foreach (var (kind, exponent) in other.kinds)
        {
            var sum = combined.GetValueOrDefault(kind) + exponent;
            if (sum == 0)
            {
                combined.Remove(kind);
            }
            else
            {
                combined[kind] = sum;
            }
        }

        return new Dimension(
            Mass + other.Mass, Length + other.Length, Time + other.Time, Amount + other.Amount, Temperature + other.Temperature,
            combined.ToImmutable());
    }

    internal Dimension Power(int exponent) => exponent == 0
        ? None
        : new Dimension(
            Mass * exponent, Length * exponent, Time * exponent, Amount * exponent, Temperature * exponent,
            kinds.ToImmutableSortedDictionary(k => k.Key, k => k.Value * exponent, StringComparer.Ordinal));

    /// <inheritdoc/>
    public bool Equals(Dimension? other) =>
        other is not null
        && Mass == other.Mass && Length == other.Length && Time == other.Time && Amount == other.Amount
        && Temperature == other.Temperature
        && kinds.Count == other.kinds.Count
        && kinds.All(k => other.kinds.TryGetValue(k.Key, out var exponent) && exponent == k.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Dimension);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Mass);
        hash.Add(Length);
        hash.Add(Time);
        hash.Add(Amount);
        hash.Add(Temperature);
        foreach (var (kind, exponent) in kinds)
        {
            hash.Add(kind, StringComparer.Ordinal);
            hash.Add(exponent);
        }

        return hash.ToHashCode();
    }

    /// <summary>The dimension in words, as a clinician would say it: "mass/volume", "amount/volume", "pressure".</summary>
    public override string ToString() => DimensionDescription.Describe(this);

    private static ImmutableSortedDictionary<string, int> Kind(string? kind) =>
        kind is null
            ? ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal)
            : ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal).Add(kind, 1);
}
