using System.Globalization;

namespace MedTwin.Physiology.Glucose;

/// <summary>Argument checks of the glucose models' inputs, each naming what it rejects and why.</summary>
internal static class GlucoseInputCheck
{
    public static double Positive(double value, string parameter, string what) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(parameter, value, Text($"{what} must be positive and finite; it is {value}."));

    public static double NonNegative(double value, string parameter, string what) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(parameter, value, Text($"{what} must be zero or positive and finite; it is {value}."));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
