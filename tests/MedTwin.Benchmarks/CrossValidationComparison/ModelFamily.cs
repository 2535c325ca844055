using MedTwin.Learning;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>One model family of the comparison with its fixed hyperparameters.</summary>
/// <param name="Id">The key shared with the scikit-learn peer script, e.g. <c>rbf-svm</c>.</param>
/// <param name="Trainer">The trainer.</param>
internal sealed record ModelFamily(string Id, ITrainer Trainer);
