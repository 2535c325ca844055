namespace MedTwin.Learning.Tuning;

/// <summary>A candidate's score in a search.</summary>
/// <param name="Parameters">The candidate.</param>
/// <param name="MeanScore">The selection metric's mean over the folds where it is defined; NaN if none.</param>
/// <param name="UndefinedFolds">Folds where the metric was undefined.</param>
public sealed record CandidateScore(ParameterSet Parameters, double MeanScore, int UndefinedFolds);
