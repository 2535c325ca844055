using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MedTwin.Data.Deidentification;

/// <summary>
/// A named random stream under a seed: seeded with the first four bytes of SHA-256 of <c>"seed/name"</c>, the
/// library's derivation for named streams (kept here because the Data namespace uses nothing else of the library).
/// </summary>
internal static class SeededStream
{
    public static Random Create(int seed, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{name}"));
        return new Random(BinaryPrimitives.ReadInt32LittleEndian(hash) & int.MaxValue);
    }
}
