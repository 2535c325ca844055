namespace MedTwin.Learning;

/// <summary>
/// A learning algorithm with its hyperparameters fixed. Fitting is deterministic: the same data and seed give a
/// bit-identical model, whatever the machine's thread count.
/// </summary>
public interface ITrainer
{
    /// <summary>The family and variant in words, e.g. <c>logistic regression (L2, λ = 1)</c>.</summary>
    string Name { get; }

    /// <summary>The tasks this trainer can fit.</summary>
    IReadOnlyList<LearningTask> Tasks { get; }

    /// <summary>The hyperparameters as invariant text, for model cards and comparison tables.</summary>
    IReadOnlyDictionary<string, string> Hyperparameters { get; }

    /// <summary>Fits a model. Every random choice draws from <paramref name="seed"/>.</summary>
    /// <exception cref="LearningException">The data do not suit the trainer (e.g. one class only, a constant feature it cannot use).</exception>
    ITrainedModel Fit(LearningData data, int seed);
}
