using System.Globalization;
using MedTwin.Data.Preparation;

namespace MedTwin.Twins.EarlyWarning;

/// <summary>
/// The National Early Warning Score 2 (Royal College of Physicians, <i>National Early Warning Score (NEWS) 2:
/// Standardising the assessment of acute-illness severity in the NHS</i>, London: RCP, 2017), chart 1 for the scores and
/// chart 4 for the response. The chart's bands are written in whole numbers (temperature to one decimal); a value between
/// two of them (a respiration rate of 8.5) belongs to the band above the lower one's upper edge, so each band is the
/// interval (previous band's upper edge, this band's upper edge].
/// </summary>
public static class News2
{
    private static readonly Band[] RespirationRate = [new(8, 3), new(11, 1), new(20, 0), new(24, 2), new(double.PositiveInfinity, 3)];
    private static readonly Band[] OxygenSaturationScale1 = [new(91, 3), new(93, 2), new(95, 1), new(double.PositiveInfinity, 0)];
    private static readonly Band[] OxygenSaturationScale2OnAir = [new(83, 3), new(85, 2), new(87, 1), new(double.PositiveInfinity, 0)];
    private static readonly Band[] OxygenSaturationScale2OnOxygen = [new(83, 3), new(85, 2), new(87, 1), new(92, 0), new(94, 1), new(96, 2), new(double.PositiveInfinity, 3)];
    private static readonly Band[] SystolicBloodPressure = [new(90, 3), new(100, 2), new(110, 1), new(219, 0), new(double.PositiveInfinity, 3)];
    private static readonly Band[] Pulse = [new(40, 3), new(50, 1), new(90, 0), new(110, 1), new(130, 2), new(double.PositiveInfinity, 3)];
    private static readonly Band[] Temperature = [new(35.0, 3), new(36.0, 1), new(38.0, 0), new(39.0, 1), new(double.PositiveInfinity, 2)];

    /// <summary>Scores one set of observations.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite or lies outside what a living patient can show; the message names the parameter.</exception>
    public static News2Score Score(News2Observations observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var respiration = Plausible(observations.RespirationRate, "respiratoryRate", nameof(observations.RespirationRate));
        var saturation = Plausible(observations.OxygenSaturation, "oxygenSaturation", nameof(observations.OxygenSaturation));
        var systolic = Plausible(observations.SystolicBloodPressure, "systolicBloodPressure", nameof(observations.SystolicBloodPressure));
        var pulse = Plausible(observations.Pulse, "heartRate", nameof(observations.Pulse));
        var temperature = Plausible(observations.Temperature, "bodyTemperature", nameof(observations.Temperature));
        if (!Enum.IsDefined(observations.Consciousness))
        {
            throw new ArgumentOutOfRangeException(nameof(observations), observations.Consciousness, "Consciousness must be one of Alert, NewConfusion, Voice, Pain, Unresponsive.");
        }

        var saturationBands = observations.Scale switch
        {
            OxygenSaturationScale.Scale1 => OxygenSaturationScale1,
            OxygenSaturationScale.Scale2 => observations.OnOxygen ? OxygenSaturationScale2OnOxygen : OxygenSaturationScale2OnAir,
            _ => throw new ArgumentOutOfRangeException(nameof(observations), observations.Scale, "Scale must be Scale1 or Scale2."),
        };

        return new News2Score
        {
            Parameters =
            [
                new(News2Parameter.RespirationRate, Text(respiration, "/min"), Of(RespirationRate, respiration)),
                new(News2Parameter.OxygenSaturation, Text(saturation, observations.Scale == OxygenSaturationScale.Scale1 ? "% (scale 1)" : "% (scale 2)"), Of(saturationBands, saturation)),
                new(News2Parameter.AirOrOxygen, observations.OnOxygen ? "oxygen" : "air", observations.OnOxygen ? 2 : 0),
                new(News2Parameter.SystolicBloodPressure, Text(systolic, "mm[Hg]"), Of(SystolicBloodPressure, systolic)),
                new(News2Parameter.Pulse, Text(pulse, "/min"), Of(Pulse, pulse)),
                new(News2Parameter.Consciousness, observations.Consciousness.ToString(), observations.Consciousness == Consciousness.Alert ? 0 : 3),
                new(News2Parameter.Temperature, Text(temperature, "Cel"), Of(Temperature, temperature)),
            ],
        };
    }

    private static int Of(Band[] bands, double value) => bands.First(band => value <= band.UpperInclusive).Score;

    private static double Plausible(double value, string variable, string parameter)
    {
        var range = PhysiologicalRanges.Find(variable)!;
        return double.IsFinite(value) && value >= range.Low && value <= range.High
            ? value
            : throw new ArgumentOutOfRangeException(
                parameter,
                value,
                $"{parameter} must be a finite value within the plausible range {Text(range.Low, range.Unit)} to {Text(range.High, range.Unit)}; found {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static string Text(double value, string unit) => $"{value.ToString(CultureInfo.InvariantCulture)} {unit}";

    private readonly record struct Band(double UpperInclusive, int Score);
}
