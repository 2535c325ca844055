namespace MedTwin.Learning;

/// <summary>Predicting a whole data set with a trained model, with the schema checked first.</summary>
public static class TrainedModelExtensions
{
    /// <summary>Predicts every row of <paramref name="data"/>.</summary>
    /// <exception cref="LearningException">The data's features are not the model's, in its order.</exception>
    public static double[] Predict(this ITrainedModel model, LearningData data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        RequireSchema(model, data);
        var predictions = new double[data.RowCount];
        for (var i = 0; i < predictions.Length; i++)
        {
            predictions[i] = model.Predict(data.Row(i));
        }

        return predictions;
    }

    /// <summary>Throws unless the data have exactly the model's features in the model's order, and its task.</summary>
    /// <exception cref="LearningException">The schemas differ; the message lists both.</exception>
    public static void RequireSchema(ITrainedModel model, LearningData data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var operation = $"{model.TrainerName}: prediction";
        if (!model.FeatureNames.SequenceEqual(data.FeatureNames, StringComparer.Ordinal))
        {
            throw new LearningException(
                operation,
                $"the model was trained on features [{string.Join(", ", model.FeatureNames)}]; the data have [{string.Join(", ", data.FeatureNames)}]");
        }

        if (model.Task != data.Task)
        {
            throw new LearningException(operation, $"the model predicts {model.Task}; the data are labelled for {data.Task}", data.LabelName);
        }
    }
}
