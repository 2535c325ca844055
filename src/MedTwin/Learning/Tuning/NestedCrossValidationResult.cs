using MedTwin.Learning.Validation;

namespace MedTwin.Learning.Tuning;

/// <summary>Nested cross-validation: the outer folds' scores of the tuned procedure and the choice made in each.</summary>
/// <param name="Outer">The outer validation, comparable with other models on the same folds.</param>
/// <param name="Choices">The parameters chosen for each outer fold, in fold order.</param>
public sealed record NestedCrossValidationResult(CrossValidationResult Outer, IReadOnlyList<OuterFoldChoice> Choices);
