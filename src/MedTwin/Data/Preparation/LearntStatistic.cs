namespace MedTwin.Data.Preparation;

/// <summary>A value a step learnt from its training rows (a median, a fence, a level list, …).</summary>
/// <param name="Column">The column it was learnt for.</param>
/// <param name="Statistic">What it is, e.g. <c>median</c> or <c>upper fence</c>.</param>
/// <param name="Value">The number, when it is one.</param>
/// <param name="Text">The value as text, when it is not a number (e.g. a level or a list of levels).</param>
public sealed record LearntStatistic(string Column, string Statistic, double? Value, string? Text = null);
