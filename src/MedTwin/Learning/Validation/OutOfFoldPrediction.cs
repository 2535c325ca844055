namespace MedTwin.Learning.Validation;

/// <summary>A prediction for a row made by the model that did not see it.</summary>
/// <param name="Row">The 0-based row of the validated frame.</param>
/// <param name="Repeat">The repeat it belongs to.</param>
/// <param name="Fold">The fold that held it out.</param>
/// <param name="Label">The outcome as coded for learning.</param>
/// <param name="Prediction">The probability of class 1, or the predicted value.</param>
public sealed record OutOfFoldPrediction(int Row, int Repeat, int Fold, double Label, double Prediction);
