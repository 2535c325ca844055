namespace MedTwin.Physiology.Devices;

/// <summary>One CGM reading.</summary>
/// <param name="TimeMinutes">When it was taken (min).</param>
/// <param name="ReportedMgPerDl">What the sensor reports (mg/dL): quantised, and limited to the reporting range.</param>
/// <param name="Status">Whether <paramref name="ReportedMgPerDl"/> was limited to the reporting range.</param>
/// <param name="InterstitialMgPerDl">The lagged interstitial glucose the sensor measured (mg/dL), before drift and noise.</param>
/// <param name="RawMgPerDl">The sensor's value after drift and noise, before quantisation and range limits (mg/dL).</param>
public sealed record CgmReading(double TimeMinutes, double ReportedMgPerDl, CgmReadingStatus Status, double InterstitialMgPerDl, double RawMgPerDl);
