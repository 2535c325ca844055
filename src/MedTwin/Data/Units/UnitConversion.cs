using System.Globalization;

namespace MedTwin.Data.Units;

/// <summary>
/// One conversion, worked out once and applied to many values: result = value × <see cref="Factor"/> + <see cref="Offset"/>.
/// Its <see cref="ToString"/> is the line a preparation report records. Values must be finite: MedTwin never changes
/// data silently, so NaN and infinities are rejected rather than carried through; a missing value is null.
/// </summary>
public sealed class UnitConversion
{
    private const string EquivalentsKind = "equivalents";

    private readonly string? chemistry;

    private UnitConversion(Unit from, Unit to, Analyte? analyte, double factor, double offset, string? chemistry)
    {
        From = from;
        To = to;
        Analyte = analyte;
        Factor = factor;
        Offset = offset;
        this.chemistry = chemistry;
    }

    /// <summary>The unit converted from.</summary>
    public Unit From { get; }

    /// <summary>The unit converted to.</summary>
    public Unit To { get; }

    /// <summary>The analyte given for the conversion, if any (whether or not its molar mass was needed).</summary>
    public Analyte? Analyte { get; }

    /// <summary>What a value is multiplied by.</summary>
    public double Factor { get; }

    /// <summary>What is then added: 0 except between temperature scales with different zero points.</summary>
    public double Offset { get; }

    /// <summary>Converts one value.</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite, or its conversion overflows.</exception>
    public double Apply(double value) => Apply(value, nameof(value));

    /// <summary>Converts every value, in order.</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite, or its conversion overflows; the message gives its index.</exception>
    public double[] Apply(ReadOnlySpan<double> values)
    {
        var results = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            results[i] = Apply(values[i], $"values[{i}]");
        }

        return results;
    }

    /// <summary>Converts every value, in order; a missing value (null) stays missing.</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite, or its conversion overflows; the message gives its index.</exception>
    public double?[] Apply(ReadOnlySpan<double?> values)
    {
        var results = new double?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            results[i] = values[i] is { } value ? Apply(value, $"values[{i}]") : null;
        }

        return results;
    }

    /// <summary>The conversion as a preparation report states it: "mg/dL → mmol/L (glucose, 180.156 g/mol): × 0.0555076".</summary>
    public override string ToString()
    {
        var how = chemistry is null ? string.Empty : $" ({chemistry})";
        var offset = Offset == 0 ? string.Empty : Offset > 0 ? $" + {Format(Offset)}" : $" − {Format(-Offset)}";
        return $"{From.Code} → {To.Code}{how}: × {Format(Factor)}{offset}";
    }

    internal static UnitConversion Create(Unit from, Unit to, Analyte? analyte)
    {
        var ratio = from.Magnitude.Over(to.Magnitude);
        var (chemistryFactor, chemistry) = from.Dimension.Equals(to.Dimension) ? (1.0, null) : Chemistry(from, to, analyte);
        var factor = Magnitude.ScaleByDecades(ratio.Mantissa * chemistryFactor, ratio.Decade);
        if (!double.IsFinite(factor) || factor == 0)
        {
            throw new UnitConversionException(from, to, $"{from.Code} and {to.Code} differ in size by more than a double can hold.");
        }

        var offset = from.Offset * factor - to.Offset;
        return new UnitConversion(from, to, analyte, factor, offset, chemistry);
    }

    /// <summary>
    /// The factor that bridges mass and amount (by the molar mass) or amount and equivalents (by the valence). The
    /// dimensions may differ only by mass/amount, amount/equivalents or mass/equivalents, once each.
    /// </summary>
    private static (double Factor, string Description) Chemistry(Unit from, Unit to, Analyte? analyte)
    {
        var difference = from.Dimension.Times(to.Dimension.Power(-1));
        var massSteps = difference.Mass;
        var equivalentSteps = difference.Kinds.GetValueOrDefault(EquivalentsKind);
        var bridgeable =
            difference.Length == 0 && difference.Time == 0 && difference.Temperature == 0
            && difference.Amount == -massSteps - equivalentSteps
            && Math.Abs(massSteps) <= 1 && Math.Abs(equivalentSteps) <= 1
            && difference.Kinds.Keys.All(k => k == EquivalentsKind);
        if (!bridgeable)
        {
            throw Incompatible(from, to, WhyNot(difference, analyte));
        }

        if (analyte is null)
        {
            var what = massSteps != 0
                ? "the analyte's molar mass (an Analyte such as Analyte.Glucose, or its name or LOINC code)"
                : "the analyte, whose valence relates mmol to meq (an Analyte such as Analyte.Sodium, or its name or LOINC code)";
            throw Incompatible(from, to, $"give {what}");
        }

        if (equivalentSteps != 0 && analyte.Valence is null)
        {
            throw Incompatible(from, to, $"{analyte.Name} has no valence, so equivalents do not apply to it");
        }

        var factor = Math.Pow(analyte.MolarMass, -massSteps) * Math.Pow(Math.Abs(analyte.Valence ?? 1), -equivalentSteps);
        var parts = new List<string> { analyte.Name };
        if (massSteps != 0)
        {
            parts.Add($"{Format(analyte.MolarMass)} g/mol");
        }

        if (equivalentSteps != 0)
        {
            parts.Add($"valence {analyte.Valence!.Value.ToString("+0;-0", CultureInfo.InvariantCulture)}");
        }

        return (factor, string.Join(", ", parts));
    }

    private static string WhyNot(Dimension difference, Analyte? analyte)
    {
        var kind = difference.Kinds.Keys.FirstOrDefault(k => k != EquivalentsKind);
        if (kind is not null)
        {
            var arbitrary = kind is "international units" or "arbitrary units"
                ? " (arbitrary units are defined per substance by a reference preparation, so no factor to mass or amount is applied)"
                : string.Empty;
            return $"{kind} convert only to {kind}{arbitrary}";
        }

        return analyte is null
            ? "they measure different quantities"
            : $"they measure different quantities, which no property of {analyte.Name} bridges";
    }

    private static UnitConversionException Incompatible(Unit from, Unit to, string why) =>
        new(from, to, $"{from.Code} is {from.Dimension}, {to.Code} is {to.Dimension}: {why}.");

    private double Apply(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(
                $"{name} is {Format(value)}, which cannot be converted from {From.Code} to {To.Code}: unit conversion takes finite numbers. "
                + "MedTwin does not carry NaN through silently; mark a missing value as missing (null) instead.",
                name);
        }

        var result = value * Factor + Offset;
        return double.IsFinite(result)
            ? result
            : throw new ArgumentException($"{name} = {Format(value)} {From.Code} is beyond the range of a double in {To.Code}.", name);
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
