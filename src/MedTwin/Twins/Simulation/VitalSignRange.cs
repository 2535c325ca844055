using System.Globalization;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Simulation;

/// <summary>The plausible range of each simulated code (that of <see cref="ObservationCodes.BuiltIn"/>), and the checks against it.</summary>
internal static class VitalSignRange
{
    public static ObservationCode Of(string code) =>
        ObservationCodes.BuiltIn.FirstOrDefault(c => c.Code == code)
        ?? throw new ArgumentException($"'{code}' is not a built-in observation code.", nameof(code));

    public static string Name(string code) => Of(code).Name;

    /// <summary>Returns <paramref name="value"/> when finite and plausible for <paramref name="code"/> (a whole ACVPU level for consciousness).</summary>
    public static double Check(string code, double value, string parameter, string what)
    {
        var faults = Of(code).Faults;
        if (!double.IsFinite(value) || value < faults.PlausibleLow || value > faults.PlausibleHigh)
        {
            throw new ArgumentOutOfRangeException(parameter, value, Text($"{what} must be a finite value from {faults.PlausibleLow} to {faults.PlausibleHigh} {Of(code).Unit}; found {value}."));
        }

        if (code == ObservationCodes.Consciousness && value != Math.Floor(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, Text($"{what} must be a whole ACVPU level 0 (alert) to 4 (unresponsive); found {value}."));
        }

        return value;
    }

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
