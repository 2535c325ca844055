namespace MedTwin.Data.Units;

/// <summary>
/// Spellings that people write for units but UCUM does not (mmHg, lb, IU, mEq, mcg): the parser rejects them and
/// names the UCUM code instead, rather than guessing.
/// </summary>
internal static class UcumHints
{
    private static readonly Dictionary<string, string> Common = new(StringComparer.Ordinal)
    {
        ["mmHg"] = "mm[Hg]",
        ["cmH2O"] = "cm[H2O]",
        ["lb"] = "[lb_av]",
        ["lbs"] = "[lb_av]",
        ["lb_av"] = "[lb_av]",
        ["oz"] = "[oz_av]",
        ["oz_av"] = "[oz_av]",
        ["in"] = "[in_i]",
        ["inch"] = "[in_i]",
        ["in_i"] = "[in_i]",
        ["ft"] = "[ft_i]",
        ["ft_i"] = "[ft_i]",
        ["IU"] = "[IU]",
        ["Eq"] = "eq",
        ["Osm"] = "osm",
        ["degC"] = "Cel",
        ["degF"] = "[degF]",
        ["mcg"] = "ug",
        ["cc"] = "mL",
        ["hr"] = "h",
        ["hrs"] = "h",
        ["sec"] = "s",
        ["mins"] = "min",
        ["y"] = "a",
        ["yr"] = "a",
        ["yrs"] = "a",
        ["bpm"] = "{beats}/min",
    };

    // Spellings with digits (cmH2O) are longer than the symbol the parser reads before the digit (cmH).
    private static readonly string[] WithDigits = [.. Common.Keys.Where(k => k.Any(char.IsAsciiDigit))];

    /// <summary>
    /// The UCUM code for a common non-UCUM spelling, prefixed ones included (mEq → meq, uIU → u[IU]);
    /// <paramref name="rest"/> is the code from the token on.
    /// </summary>
    public static (string Spelling, string Ucum)? Suggest(string token, string rest)
    {
        if (Common.TryGetValue(token, out var hint))
        {
            return (token, hint);
        }

        foreach (var spelling in WithDigits)
        {
            if (spelling.Length > token.Length && rest.StartsWith(spelling, StringComparison.Ordinal))
            {
                return (spelling, Common[spelling]);
            }
        }

        foreach (var prefix in UcumPrefixes.All)
        {
            if (token.Length > prefix.Code.Length
                && token.StartsWith(prefix.Code, StringComparison.Ordinal)
                && Common.TryGetValue(token[prefix.Code.Length..], out hint)
                && UcumAtoms.TryGet(hint, out var atom)
                && atom.IsMetric)
            {
                return (token, prefix.Code + hint);
            }
        }

        return null;
    }

    /// <summary>The code that <paramref name="token"/> matches when case is ignored ("MG" → "mg"), if any.</summary>
    public static string? IgnoringCase(string token)
    {
        foreach (var atom in UcumAtoms.All)
        {
            if (string.Equals(atom.Code, token, StringComparison.OrdinalIgnoreCase))
            {
                return atom.Code;
            }
        }

        foreach (var prefix in UcumPrefixes.All)
        {
            foreach (var atom in UcumAtoms.All.Where(a => a.IsMetric))
            {
                if (token.Length == prefix.Code.Length + atom.Code.Length
                    && token.StartsWith(prefix.Code, StringComparison.OrdinalIgnoreCase)
                    && token.EndsWith(atom.Code, StringComparison.OrdinalIgnoreCase))
                {
                    return prefix.Code + atom.Code;
                }
            }
        }

        return null;
    }
}
