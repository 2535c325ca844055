using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MedTwin.Reproducibility;

/// <summary>
/// Derives independent, named random streams from the study's seed. A stream's numbers depend only on the seed and
/// the stream's name, so adding a new consumer of randomness never shifts the numbers an existing one draws.
/// </summary>
public static class SeedStreams
{
    /// <summary>The seed of the stream <paramref name="name"/> under the study seed <paramref name="seed"/>.</summary>
    public static int Derive(int seed, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}/{name}"));
        return BinaryPrimitives.ReadInt32LittleEndian(hash) & int.MaxValue;
    }

    /// <summary>A <see cref="Random"/> for the stream; seeded, so its sequence is the same on every run and platform.</summary>
    public static Random Create(int seed, string name) => new(Derive(seed, name));
}
