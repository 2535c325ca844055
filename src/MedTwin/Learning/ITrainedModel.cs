using System.Text.Json.Nodes;

namespace MedTwin.Learning;

/// <summary>A fitted model: predicts from features laid out as it was trained, and saves itself.</summary>
public interface ITrainedModel
{
    /// <summary>The trainer's name and variant.</summary>
    string TrainerName { get; }

    /// <summary>What the model predicts.</summary>
    LearningTask Task { get; }

    /// <summary>The features, in the order <see cref="Predict(ReadOnlySpan{double})"/> expects them.</summary>
    IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The probability of the positive class (classification) or the predicted value (regression) for one row.</summary>
    double Predict(ReadOnlySpan<double> features);

    /// <summary>The model as JSON: a <c>kind</c> naming its type and everything needed to predict again, exactly.</summary>
    JsonObject ToJson();
}
