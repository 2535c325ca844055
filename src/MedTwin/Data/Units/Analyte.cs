using System.Diagnostics.CodeAnalysis;

namespace MedTwin.Data.Units;

/// <summary>
/// A substance whose concentration is reported both by mass and by amount of substance (mg/dL and mmol/L), with what
/// converting between them takes: its molar mass and, for ions, its valence (charge number) for equivalents.
/// The built-in analytes (<see cref="Glucose"/>, <see cref="Creatinine"/>, …) state their sources; create others with
/// <see cref="Analyte(string, double, int?)"/>.
/// </summary>
public sealed partial class Analyte
{
    /// <summary>Creates an analyte that is not built in.</summary>
    /// <param name="name">What the analyte is called in messages and reports.</param>
    /// <param name="molarMass">Molar mass in g/mol, finite and positive.</param>
    /// <param name="valence">Charge number of the ion (+1 for Na⁺, +2 for Ca²⁺, -1 for Cl⁻), or null when equivalents do not apply.</param>
    public Analyte(string name, double molarMass, int? valence = null)
        : this(name, molarMass, valence, [], [], null)
    {
    }

    private Analyte(string name, double molarMass, int? valence, string[] aliases, string[] loincCodes, string? convention)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(molarMass) || molarMass <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(molarMass), molarMass, $"The molar mass of {name} must be a finite number of g/mol above 0.");
        }

        if (valence == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(valence), valence, $"The valence of {name} must not be 0; give null for a substance without charge.");
        }

        Name = name;
        MolarMass = molarMass;
        Valence = valence;
        Aliases = aliases;
        LoincCodes = loincCodes;
        Convention = convention;
    }

    /// <summary>The analyte's name ("glucose").</summary>
    public string Name { get; }

    /// <summary>Molar mass in g/mol.</summary>
    public double MolarMass { get; }

    /// <summary>Charge number of the ion, or null when equivalents do not apply.</summary>
    public int? Valence { get; }

    /// <summary>Other names <see cref="Find"/> accepts ("BUN" for urea nitrogen).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>LOINC codes of the serum, plasma or blood concentrations of this analyte, mass and amount.</summary>
    public IReadOnlyList<string> LoincCodes { get; }

    /// <summary>The convention behind the molar mass when there is a choice (nitrogen for BUN, monomer for haemoglobin).</summary>
    public string? Convention { get; }

    /// <summary>Finds a built-in analyte by name or alias (any case) or by LOINC code.</summary>
    /// <exception cref="ArgumentException">No built-in analyte has that name or code; the message lists the names.</exception>
    public static Analyte Find(string nameOrLoinc)
    {
        ArgumentNullException.ThrowIfNull(nameOrLoinc);
        return TryFind(nameOrLoinc, out var analyte)
            ? analyte
            : throw new ArgumentException(
                $"No built-in analyte is named or LOINC-coded '{nameOrLoinc}'. Known: {string.Join(", ", BuiltIn.Select(a => a.Name))}. "
                + "For another substance, create new Analyte(name, molarMass).",
                nameof(nameOrLoinc));
    }

    /// <summary>Finds a built-in analyte by name or alias (any case) or by LOINC code, or returns false.</summary>
    public static bool TryFind([NotNullWhen(true)] string? nameOrLoinc, [NotNullWhen(true)] out Analyte? analyte)
    {
        var key = nameOrLoinc?.Trim();
        analyte = string.IsNullOrEmpty(key)
            ? null
            : BuiltIn.FirstOrDefault(a =>
                string.Equals(a.Name, key, StringComparison.OrdinalIgnoreCase)
                || a.Aliases.Contains(key, StringComparer.OrdinalIgnoreCase)
                || a.LoincCodes.Contains(key, StringComparer.Ordinal));
        return analyte is not null;
    }

    /// <summary>The analyte's name.</summary>
    public override string ToString() => Name;
}
