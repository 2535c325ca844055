using System.Globalization;

namespace MedTwin.Learning.Metrics;

/// <summary>Checks the labels and predictions a metric is computed from, naming what is wrong and where.</summary>
internal static class MetricInput
{
    public static void RequireProbabilities(IReadOnlyList<double> labels, IReadOnlyList<double> probabilities, string metric)
    {
        RequirePaired(labels, probabilities, metric, "probabilities");
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is not (0 or 1))
            {
                throw new LearningException(metric, $"expected a 0/1 label; found {Text(labels[i])}", "label", i);
            }

            if (!(probabilities[i] >= 0 && probabilities[i] <= 1))
            {
                throw new LearningException(metric, $"expected a probability in [0, 1]; found {Text(probabilities[i])}", "probability", i);
            }
        }
    }

    public static void RequireValues(IReadOnlyList<double> actual, IReadOnlyList<double> predicted, string metric)
    {
        RequirePaired(actual, predicted, metric, "predictions");
        for (var i = 0; i < actual.Count; i++)
        {
            if (!double.IsFinite(actual[i]))
            {
                throw new LearningException(metric, $"expected a finite outcome; found {Text(actual[i])}", "label", i);
            }

            if (!double.IsFinite(predicted[i]))
            {
                throw new LearningException(metric, $"expected a finite prediction; found {Text(predicted[i])}", "prediction", i);
            }
        }
    }

    public static void RequireThreshold(double threshold, string metric)
    {
        if (!(threshold > 0 && threshold < 1))
        {
            throw new LearningException(metric, $"the threshold must lie strictly between 0 and 1; found {Text(threshold)}");
        }
    }

    private static void RequirePaired(IReadOnlyList<double> labels, IReadOnlyList<double> predictions, string metric, string what)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        if (labels.Count == 0)
        {
            throw new LearningException(metric, "there are no rows: the labels are empty");
        }

        if (labels.Count != predictions.Count)
        {
            throw new LearningException(metric, $"the lengths differ: {labels.Count} labels and {predictions.Count} {what}");
        }
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
