using System.Security.Cryptography;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// The signatures of the messages the kernel has accepted, so that a message sent again (a replay) is refused, as
/// jupyter_client's <c>Session</c> refuses a digest in its <c>digest_history</c>. Memory is bounded the same way: past
/// <see cref="Capacity"/> signatures, a randomly chosen tenth (at least the excess) is forgotten. Safe to share between channels.
/// </summary>
public sealed class SignatureHistory
{
    /// <summary>jupyter_client's default <c>digest_history_size</c>.</summary>
    public const int DefaultCapacity = 1 << 16;

    // The signer reads hex in either case, so the same signature in capitals is the same message sent again.
    private readonly HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>Creates a history that holds at most <paramref name="capacity"/> signatures (0: remembers none, as in jupyter_client).</summary>
    public SignatureHistory(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>The most signatures remembered.</summary>
    public int Capacity { get; }

    /// <summary>How many signatures are remembered now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return seen.Count;
            }
        }
    }

    /// <summary>Remembers <paramref name="signature"/>; false when it was already remembered (the message is a replay).</summary>
    public bool Add(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        lock (gate)
        {
            if (seen.Contains(signature))
            {
                return false;
            }

            if (Capacity > 0)
            {
                seen.Add(signature);
                if (seen.Count > Capacity)
                {
                    Cull();
                }
            }

            return true;
        }
    }

    // jupyter_client's _cull_digest_history: forget max(10%, excess) chosen at random, so which signatures are still
    // remembered cannot be predicted from the order they came in.
    private void Cull()
    {
        var current = seen.Count;
        var toForget = Math.Max(current / 10, current - Capacity);
        if (toForget >= current)
        {
            seen.Clear();
            return;
        }

        var signatures = seen.ToArray();
        for (var i = 0; i < toForget; i++)
        {
            var pick = RandomNumberGenerator.GetInt32(i, signatures.Length);
            (signatures[i], signatures[pick]) = (signatures[pick], signatures[i]);
            seen.Remove(signatures[i]);
        }
    }
}
