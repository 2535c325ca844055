namespace MedTwin.Physiology.Controllers;

/// <summary>Argument checks shared by the controllers, each naming the value it rejects.</summary>
internal static class Require
{
    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and finite.");

    public static double NonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or positive and finite.");
}
