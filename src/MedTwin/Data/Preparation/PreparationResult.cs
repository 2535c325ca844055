using Microsoft.Data.Analysis;

namespace MedTwin.Data.Preparation;

/// <summary>The prepared data and the report of how it was prepared.</summary>
/// <param name="Data">The prepared frame: a new frame, the input is never changed.</param>
/// <param name="Report">What each step did.</param>
public sealed record PreparationResult(DataFrame Data, PreparationReport Report);
