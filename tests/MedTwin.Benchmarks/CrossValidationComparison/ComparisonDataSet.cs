using MedTwin.Data.Snapshots;
using MedTwin.Learning.Validation;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>A snapshot as the comparison validates it.</summary>
/// <param name="Name">The short name used in file names (<c>folds-pima.csv</c>).</param>
/// <param name="Snapshot">The opened, hash-checked snapshot.</param>
/// <param name="Setup">The outcome, features and the preparation fitted inside each fold.</param>
/// <param name="Separable">
/// True when the classes are (nearly) linearly separable, so that unpenalised logistic regression has no
/// maximum-likelihood estimate and an L2 penalty with C = 1 is used instead.
/// </param>
internal sealed record ComparisonDataSet(string Name, Snapshot Snapshot, ValidationSetup Setup, bool Separable);
