namespace MedTwin.Data.Units;

/// <summary>
/// The unit symbols MedTwin reads: the UCUM base units and the units clinical data use, with their UCUM definitions
/// (UCUM version 2.1, "The Unified Code for Units of Measure", Regenstrief Institute). Mass is based on the gram,
/// as in UCUM; unlike UCUM, the mole is a base unit of its own, so a count never silently becomes an amount.
/// </summary>
internal static class UcumAtoms
{
    private static readonly Dimension Mass = new(mass: 1);
    private static readonly Dimension Length = new(length: 1);
    private static readonly Dimension Volume = new(length: 3);
    private static readonly Dimension Time = new(time: 1);
    private static readonly Dimension Amount = new(amount: 1);
    private static readonly Dimension Temperature = new(temperature: 1);
    private static readonly Dimension Pressure = new(mass: 1, length: -1, time: -2);
    private static readonly Dimension Energy = new(mass: 1, length: 2, time: -2);
    private static readonly Dimension CatalyticActivity = new(amount: 1, time: -1);

    public static IReadOnlyList<UcumAtom> All { get; } =
    [
        Metric("g", "gram", "g", 1, 0, Mass),
        Metric("m", "metre", "m", 1, 0, Length),
        Metric("s", "second", "s", 1, 0, Time),
        Metric("mol", "mole", "mol", 1, 0, Amount),
        Metric("K", "kelvin", "K", 1, 0, Temperature),

        Metric("L", "litre", "L", 1, -3, Volume),
        Metric("l", "litre", "L", 1, -3, Volume),

        Plain("min", "minute", "min", 60, Time),
        Plain("h", "hour", "h", 3600, Time),
        Plain("d", "day", "d", 86_400, Time),
        Plain("wk", "week", "wk", 604_800, Time),
        // UCUM's mean Julian month and Julian year: a = 365.25 d, mo = a/12.
        Plain("mo", "month", "mo", 2_629_800, Time),
        Plain("mo_j", "Julian month", "mo", 2_629_800, Time),
        Plain("a", "year", "y", 31_557_600, Time),
        Plain("a_j", "Julian year", "y", 31_557_600, Time),

        // International avoirdupois pound and inch, exact by the 1959 agreement.
        Plain("[lb_av]", "pound", "lb", 453.592_37, Mass),
        Plain("[oz_av]", "ounce", "oz", 28.349_523_125, Mass),
        Plain("[in_i]", "inch", "in", 0.0254, Length),
        Plain("[ft_i]", "foot", "ft", 0.3048, Length),

        // Pressure in g/(m·s²): 1 Pa = 1 kg/(m·s²) = 1000 g/(m·s²). UCUM: m[Hg] = 133.3220 kPa, m[H2O] = 9.80665 kPa.
        Metric("Pa", "pascal", "Pa", 1, 3, Pressure),
        Metric("bar", "bar", "bar", 1, 8, Pressure),
        Plain("atm", "standard atmosphere", "atm", 1.013_25e8, Pressure),
        Metric("m[Hg]", "metre of mercury", "mHg", 1.333_22, 8, Pressure),
        Metric("m[H2O]", "metre of water", "mH2O", 9.806_65, 6, Pressure),

        Metric("J", "joule", "J", 1, 3, Energy),
        Metric("cal", "thermochemical calorie", "cal", 4.184, 3, Energy),
        Plain("[Cal]", "nutrition label Calorie", "kcal", 4.184e6, Energy),

        Metric("Hz", "hertz", "Hz", 1, 0, new Dimension(time: -1)),

        // UCUM's enzyme unit U is 1 µmol/min, so U/L is a catalytic concentration, convertible to µkat/L.
        Metric("U", "enzyme unit", "U", 1.0 / 60, -6, CatalyticActivity),
        Metric("kat", "katal", "kat", 1, 0, CatalyticActivity),

        Metric("eq", "equivalent", "Eq", 1, 0, new Dimension(kind: "equivalents")),
        Metric("osm", "osmole", "Osm", 1, 0, new Dimension(kind: "osmoles")),
        Metric("[IU]", "international unit", "IU", 1, 0, new Dimension(kind: "international units")),
        Metric("[iU]", "international unit", "IU", 1, 0, new Dimension(kind: "international units")),
        Plain("[arb'U]", "arbitrary unit", "arb. U", 1, new Dimension(kind: "arbitrary units")),

        Plain("%", "percent", "%", 0.01, Dimension.None),
        Plain("[ppth]", "parts per thousand", "‰", 1e-3, Dimension.None),
        Plain("[ppm]", "parts per million", "ppm", 1e-6, Dimension.None),

        new("Cel", "degree Celsius", "°C", Magnitude.One, Temperature, IsMetric: false, Offset: 273.15, IsAffine: true),
        new("[degF]", "degree Fahrenheit", "°F", new Magnitude(5.0 / 9, 0), Temperature, IsMetric: false, Offset: 459.67, IsAffine: true),
    ];

    private static readonly Dictionary<string, UcumAtom> ByCode = All.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public static bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UcumAtom? atom) =>
        ByCode.TryGetValue(code, out atom);

    private static UcumAtom Metric(string code, string name, string display, double mantissa, int decade, Dimension dimension) =>
        new(code, name, display, new Magnitude(mantissa, decade), dimension, IsMetric: true);

    private static UcumAtom Plain(string code, string name, string display, double size, Dimension dimension) =>
        new(code, name, display, new Magnitude(size, 0), dimension, IsMetric: false);
}
