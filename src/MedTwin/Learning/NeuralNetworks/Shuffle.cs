namespace MedTwin.Learning.NeuralNetworks;

/// <summary>The Fisher–Yates shuffle, written out so the permutation depends on the seed alone.</summary>
internal static class Shuffle
{
    public static void InPlace(Span<int> values, Random random)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
