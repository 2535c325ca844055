namespace MedTwin.Learning.Validation;

/// <summary>
/// Derives independent-looking seeds from a study seed and a position (repeat, fold, …) with SplitMix64, so each fold's
/// shuffle and training draw from their own stream and the same position always gets the same seed.
/// </summary>
internal static class SeedDerivation
{
    public static int Derive(int seed, params int[] path)
    {
        var state = unchecked((ulong)seed);
        foreach (var step in path)
        {
            state = Mix(state ^ Mix(unchecked((ulong)step + 0x9E3779B97F4A7C15UL)));
        }

        return unchecked((int)(Mix(state) >> 33));
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
