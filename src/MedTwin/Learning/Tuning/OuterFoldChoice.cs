namespace MedTwin.Learning.Tuning;

/// <summary>What the inner search chose for one outer fold.</summary>
/// <param name="Repeat">The outer fold's repeat.</param>
/// <param name="Fold">The outer fold's index.</param>
/// <param name="Search">The inner search, with the chosen candidate as <see cref="SearchResult.Best"/>.</param>
public sealed record OuterFoldChoice(int Repeat, int Fold, SearchResult Search);
