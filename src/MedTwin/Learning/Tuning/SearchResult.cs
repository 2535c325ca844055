namespace MedTwin.Learning.Tuning;

/// <summary>A search over candidates on one set of folds.</summary>
/// <param name="Candidates">Every candidate's score, in candidate order.</param>
/// <param name="Best">The best candidate (the first among equals).</param>
public sealed record SearchResult(IReadOnlyList<CandidateScore> Candidates, CandidateScore Best);
