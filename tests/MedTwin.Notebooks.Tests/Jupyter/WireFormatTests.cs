using System.Text;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Notebooks.Tests.Jupyter;

public sealed class WireFormatTests
{
    private static readonly MessageSigner Signer = new("secret");

    [Fact]
    public void The_signature_is_HMAC_SHA256_of_the_four_JSON_frames_in_lowercase_hex()
    {
        // As Python computes it: hmac.new(b"secret", digestmod=hashlib.sha256) updated with b"{}" four times.
        var signature = Signer.Sign([.. Enumerable.Repeat("{}"u8.ToArray(), 4)]);

        Assert.Equal("34982f0bfec60e7b933ffde06c1ecab0fba073717a95ab943d1dd06f82c2d5e4", signature);
        Assert.True(Signer.Verify(signature, [.. Enumerable.Repeat("{}"u8.ToArray(), 4)]));
    }

    [Fact]
    public void A_message_survives_encoding_and_decoding_with_its_identities()
    {
        var message = Message();

        var decoded = WireFormat.Decode(WireFormat.Encode(message, Signer), Signer, new SignatureHistory());

        Assert.Equal("execute_request", decoded.MessageType);
        Assert.Equal("1 + 1", (string?)decoded.Content["code"]);
        Assert.Equal("client-1"u8.ToArray(), Assert.Single(decoded.Identities));
    }

    [Fact]
    public void A_message_signed_with_another_key_is_refused()
    {
        var frames = WireFormat.Encode(Message(), new MessageSigner("another"));

        var error = Assert.Throws<InvalidMessageException>(() => WireFormat.Decode(frames, Signer, new SignatureHistory()));

        Assert.Equal("the signature does not match (HMAC-SHA256 with the connection file's key).", error.Message);
    }

    [Fact]
    public void An_unsigned_message_is_refused_when_the_key_asks_for_signatures()
    {
        var frames = WireFormat.Encode(Message(), new MessageSigner(string.Empty));

        var error = Assert.Throws<InvalidMessageException>(() => WireFormat.Decode(frames, Signer, new SignatureHistory()));

        Assert.StartsWith("the message is not signed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_whose_content_was_changed_after_signing_is_refused()
    {
        var frames = WireFormat.Encode(Message(), Signer);
        frames[^1] = Encoding.UTF8.GetBytes("{\"code\": \"File.Delete(\\\"x\\\")\"}");

        Assert.Throws<InvalidMessageException>(() => WireFormat.Decode(frames, Signer, new SignatureHistory()));
    }

    [Fact]
    public void Frames_without_the_delimiter_are_refused()
    {
        var error = Assert.Throws<InvalidMessageException>(() => WireFormat.Decode([[1], [2]], Signer, new SignatureHistory()));

        Assert.Equal("no <IDS|MSG> delimiter frame.", error.Message);
    }

    [Fact]
    public void Frames_missing_a_part_after_the_delimiter_are_refused_with_the_count()
    {
        var error = Assert.Throws<InvalidMessageException>(() => WireFormat.Decode([WireFormat.Delimiter, "sig"u8.ToArray(), "{}"u8.ToArray()], Signer, new SignatureHistory()));

        Assert.Equal("expected a signature and four JSON frames (header, parent header, metadata, content) after <IDS|MSG>; found 2 frames.", error.Message);
    }

    [Fact]
    public void A_correctly_signed_header_that_is_not_JSON_is_refused_naming_the_part()
    {
        byte[][] parts = ["not json"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray()];
        byte[][] frames = [WireFormat.Delimiter, Encoding.UTF8.GetBytes(Signer.Sign(parts)), .. parts];

        var error = Assert.Throws<InvalidMessageException>(() => WireFormat.Decode(frames, Signer, new SignatureHistory()));

        Assert.StartsWith("the header is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_message_type_is_refused()
    {
        byte[][] parts = ["{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray()];
        byte[][] frames = [WireFormat.Delimiter, Encoding.UTF8.GetBytes(Signer.Sign(parts)), .. parts];

        var error = Assert.Throws<InvalidMessageException>(() => WireFormat.Decode(frames, Signer, new SignatureHistory()));

        Assert.Equal("the header has no msg_type.", error.Message);
    }

    [Fact]
    public void The_same_signed_frames_are_decoded_once_and_refused_as_a_replay_after_in_either_hex_case()
    {
        var history = new SignatureHistory();
        var frames = WireFormat.Encode(Message(), Signer);
        var capitals = new List<byte[]>(frames);
        capitals[2] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(frames[2]).ToUpperInvariant());

        WireFormat.Decode(frames, Signer, history);
        var again = Assert.Throws<InvalidMessageException>(() => WireFormat.Decode(frames, Signer, history));
        var inCapitals = Assert.Throws<InvalidMessageException>(() => WireFormat.Decode(capitals, Signer, history));

        Assert.StartsWith("the signature was seen before", again.Message, StringComparison.Ordinal);
        Assert.StartsWith("the signature was seen before", inCapitals.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_messages_with_the_same_content_are_both_accepted_because_their_headers_differ()
    {
        var history = new SignatureHistory();

        WireFormat.Decode(WireFormat.Encode(Message(), Signer), Signer, history);
        WireFormat.Decode(WireFormat.Encode(Message(), Signer), Signer, history);

        Assert.Equal(2, history.Count);
    }

    [Fact]
    public void A_forged_signature_is_not_remembered_and_without_a_key_nothing_is()
    {
        var history = new SignatureHistory();
        var unsigned = new MessageSigner(string.Empty);
        var plain = WireFormat.Encode(Message(), unsigned);

        Assert.Throws<InvalidMessageException>(() => WireFormat.Decode(WireFormat.Encode(Message(), new MessageSigner("another")), Signer, history));
        WireFormat.Decode(plain, unsigned, history);
        WireFormat.Decode(plain, unsigned, history);

        Assert.Equal(0, history.Count);
    }

    private static JupyterMessage Message() =>
        new(["client-1"u8.ToArray()], new MessageHeaders().Create("execute_request"), [], [], new JsonObject { ["code"] = "1 + 1" });
}
