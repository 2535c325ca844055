namespace MedTwin.Data.Units;

/// <summary>Puts a <see cref="Dimension"/> into words for error messages: "mass/volume", "volume/(mass·time)".</summary>
internal static class DimensionDescription
{
    private static readonly Dimension Pressure = new(mass: 1, length: -1, time: -2);
    private static readonly Dimension Energy = new(mass: 1, length: 2, time: -2);

    public static string Describe(Dimension dimension)
    {
        if (dimension.IsNone)
        {
            return "dimensionless";
        }

        if (dimension.Equals(Pressure))
        {
            return "pressure";
        }

        if (dimension.Equals(Energy))
        {
            return "energy";
        }

        var over = new List<string>();
        var under = new List<string>();
        Add(over, under, "mass", dimension.Mass);
        Add(over, under, "amount", dimension.Amount);
        foreach (var (kind, exponent) in dimension.Kinds)
        {
            Add(over, under, kind, exponent);
        }

        AddLength(over, under, dimension.Length);
        Add(over, under, "time", dimension.Time);
        Add(over, under, "temperature", dimension.Temperature);

        var top = over.Count == 0 ? "1" : string.Join("·", over);
        return under.Count switch
        {
            0 => top,
            1 => $"{top}/{under[0]}",
            _ => $"{top}/({string.Join("·", under)})",
        };
    }

    private static void Add(List<string> over, List<string> under, string name, int exponent)
    {
        if (exponent != 0)
        {
            var magnitude = Math.Abs(exponent);
            (exponent > 0 ? over : under).Add(magnitude == 1 ? name : name + Superscript.Of(magnitude));
        }
    }

    private static void AddLength(List<string> over, List<string> under, int exponent)
    {
        if (exponent != 0)
        {
            var magnitude = Math.Abs(exponent);
            var name = magnitude switch
            {
                1 => "length",
                2 => "area",
                3 => "volume",
                _ => "length" + Superscript.Of(magnitude),
            };
            (exponent > 0 ? over : under).Add(name);
        }
    }
}
