namespace MedTwin.Twins.EarlyWarning;

/// <summary>One parameter's contribution to a NEWS2 score.</summary>
/// <param name="Parameter">The parameter.</param>
/// <param name="Value">The observed value as text with its unit, e.g. <c>22 /min</c> or <c>oxygen</c>.</param>
/// <param name="Score">Its score, 0 to 3.</param>
public sealed record News2ParameterScore(News2Parameter Parameter, string Value, int Score);
