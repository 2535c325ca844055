namespace MedTwin.Physiology.Epidemics;

/// <summary>Argument checks shared by the epidemic and vaccine models, each naming the value it rejects.</summary>
internal static class Require
{
    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and finite.");

    public static double NonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or positive and finite.");

    public static double Probability(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [0, 1].");

    public static double? PositiveOrAbsent(double? value, string name) => value is null ? null : Positive(value.Value, name);
}
