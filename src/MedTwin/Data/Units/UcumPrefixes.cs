namespace MedTwin.Data.Units;

/// <summary>The twenty UCUM prefixes (UCUM §2.1, table 1).</summary>
internal static class UcumPrefixes
{
    // "da" comes first so that it wins over "d"; then the clinically common ones, which case-insensitive suggestions
    // try first ("MG" suggests mg, not Mg).
    public static IReadOnlyList<UcumPrefix> All { get; } =
    [
        new("da", "da", 1),
        new("m", "m", -3),
        new("u", "µ", -6),
        new("n", "n", -9),
        new("p", "p", -12),
        new("k", "k", 3),
        new("c", "c", -2),
        new("d", "d", -1),
        new("h", "h", 2),
        new("f", "f", -15),
        new("M", "M", 6),
        new("G", "G", 9),
        new("T", "T", 12),
        new("P", "P", 15),
        new("E", "E", 18),
        new("Z", "Z", 21),
        new("Y", "Y", 24),
        new("a", "a", -18),
        new("z", "z", -21),
        new("y", "y", -24),
    ];

    public static string Codes { get; } = string.Join(", ", All.Select(p => p.Code));

    public static bool IsPrefix(string text) => All.Any(p => p.Code == text);
}
