namespace MedTwin.Learning.NeuralNetworks;

/// <summary>
/// The rows set aside for early stopping: ⌈fraction × rows⌉ drawn at random, per class for classification (stratified,
/// as scikit-learn's MLP does), so both parts keep the class balance. Both parts come back in row order.
/// </summary>
internal static class ValidationSplit
{
    public static (int[] Training, int[] Validation) Draw(LearningData data, double fraction, Random random, string operation)
    {
        var groups = data.Task == LearningTask.BinaryClassification
            ? Enumerable.Range(0, 2).Select(label => Enumerable.Range(0, data.RowCount).Where(i => data.Labels[i] == label).ToArray())
            : [Enumerable.Range(0, data.RowCount).ToArray()];
        var training = new List<int>();
        var validation = new List<int>();
        foreach (var rows in groups)
        {
            var held = (int)Math.Ceiling(fraction * rows.Length);
            if (held >= rows.Length)
            {
                throw new LearningException(
                    operation,
                    $"early stopping would hold out all {rows.Length} rows{(data.Task == LearningTask.BinaryClassification ? " of a class" : string.Empty)}; lower the validation fraction or add rows");
            }

            Shuffle.InPlace(rows, random);
            validation.AddRange(rows.Take(held));
            training.AddRange(rows.Skip(held));
        }

        return ([.. training.Order()], [.. validation.Order()]);
    }
}
