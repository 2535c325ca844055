using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// A message as ZeroMQ frames: the identities, the delimiter <c>&lt;IDS|MSG&gt;</c>, the signature, then header, parent
/// header, metadata and content as UTF-8 JSON, then any binary buffers (which MedTwin's kernel neither needs nor sends).
/// </summary>
public static class WireFormat
{
    /// <summary>The frame that ends the identities.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    /// <summary>The frames of <paramref name="message"/>, signed by <paramref name="signer"/>.</summary>
    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(signer);
        byte[][] parts =
        [
            Utf8(message.Header), Utf8(message.ParentHeader), Utf8(message.Metadata), Utf8(message.Content),
        ];
        return [.. message.Identities, Delimiter, Encoding.UTF8.GetBytes(signer.Sign(parts)), .. parts];
    }

    /// <summary>
    /// The message the frames carry, once its signature is checked and found new to <paramref name="history"/>, which
    /// then remembers it.
    /// </summary>
    /// <exception cref="InvalidMessageException">No delimiter, too few frames, a bad, missing or already seen signature, or a part that is not a JSON object.</exception>
    public static JupyterMessage Decode(IReadOnlyList<byte[]> frames, MessageSigner signer, SignatureHistory history)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(history);
        var delimiter = -1;
        for (var i = 0; i < frames.Count && delimiter < 0; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
            }
        }

        if (delimiter < 0)
        {
            throw new InvalidMessageException("no <IDS|MSG> delimiter frame.");
        }

        if (frames.Count < delimiter + 6)
        {
            throw new InvalidMessageException(
                $"expected a signature and four JSON frames (header, parent header, metadata, content) after <IDS|MSG>; found {frames.Count - delimiter - 1} frames.");
        }

        var parts = frames.Skip(delimiter + 2).Take(4).ToArray();
        string signature;
        try
        {
            signature = new UTF8Encoding(false, true).GetString(frames[delimiter + 1]);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidMessageException("the signature frame is not text.");
        }

        if (signature.Length == 0 && signer.IsSigning)
        {
            throw new InvalidMessageException("the message is not signed (the connection file's key asks for HMAC-SHA256 signatures).");
        }

        if (!signer.Verify(signature, parts))
        {
            throw new InvalidMessageException("the signature does not match (HMAC-SHA256 with the connection file's key).");
        }

        // Unlike jupyter_client, only a signature that verifies is remembered, so a flood of forged ones cannot push real ones out.
        if (signer.IsSigning && !history.Add(signature))
        {
            throw new InvalidMessageException("the signature was seen before: the message is a replay, and a signed message is handled once.");
        }

        var header = JsonPart(parts[0], "header");
        if (header["msg_type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String)
        {
            throw new InvalidMessageException("the header has no msg_type.");
        }

        return new JupyterMessage([.. frames.Take(delimiter)], header, JsonPart(parts[1], "parent header"), JsonPart(parts[2], "metadata"), JsonPart(parts[3], "content"));
    }

    private static byte[] Utf8(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());

    private static JsonObject JsonPart(byte[] frame, string name)
    {
        try
        {
            return JsonNode.Parse(frame) as JsonObject ?? throw new InvalidMessageException($"the {name} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidMessageException($"the {name} is not valid JSON ({e.Message}).");
        }
    }
}
