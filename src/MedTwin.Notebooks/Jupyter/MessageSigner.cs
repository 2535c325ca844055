using System.Security.Cryptography;
using System.Text;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// Signs and checks messages as the Jupyter protocol asks: HMAC-SHA256, keyed with the connection file's key, over the
/// header, parent header, metadata and content frames, written as lowercase hex. An empty key means no signing.
/// </summary>
public sealed class MessageSigner
{
    private readonly byte[] key;

    /// <summary>Creates a signer with the connection file's key.</summary>
    public MessageSigner(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        this.key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>Whether messages are signed at all (the key is not empty).</summary>
    public bool IsSigning => key.Length > 0;

    /// <summary>The signature of the four frames (empty when the key is empty).</summary>
    public string Sign(IReadOnlyList<byte[]> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        return key.Length == 0 ? string.Empty : Convert.ToHexStringLower(Mac(frames));
    }

    /// <summary>Whether <paramref name="signature"/> is the frames' signature; compared in constant time.</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> frames)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (key.Length == 0)
        {
            return true;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Mac(frames));
    }

    private byte[] Mac(IReadOnlyList<byte[]> frames)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var frame in frames)
        {
            hmac.AppendData(frame);
        }

        return hmac.GetHashAndReset();
    }
}
