namespace MedTwin.Learning;

/// <summary>What a model predicts.</summary>
public enum LearningTask
{
    /// <summary>A two-class outcome coded 0 (negative) and 1 (positive); models predict the probability of 1.</summary>
    BinaryClassification,

    /// <summary>A continuous outcome; models predict its value.</summary>
    Regression,
}
