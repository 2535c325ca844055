namespace MedTwin.Data.TimeSeries;

/// <summary>One thing done to the vital signs, in the order done, with what it changed.</summary>
/// <param name="Number">1 for the first step.</param>
/// <param name="Operation">The operation and its declared parameters, e.g. "resample 00:05:00 mean".</param>
/// <param name="Details">What it did, in counts.</param>
public sealed record VitalsStep(int Number, string Operation, string Details);
