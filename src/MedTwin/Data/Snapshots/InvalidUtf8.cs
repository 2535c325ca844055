using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MedTwin.Data.Snapshots;

/// <summary>Where the first byte sequence that is not UTF-8 sits in a file: its line, its byte on that line and its offset in the file.</summary>
internal sealed record InvalidUtf8(int Line, int ByteOnLine, int Offset, byte Value)
{
    /// <summary>The first invalid sequence in <paramref name="bytes"/>, or null when they are all valid UTF-8.</summary>
    public static InvalidUtf8? Find(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new InvalidUtf8(before.Count((byte)'\n') + 1, offset - lineStart + 1, offset, bytes[offset]);
    }

    /// <summary>What a reader is told: the byte, where on its line and where in the file.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture, $"the file is not valid UTF-8: byte 0x{Value:X2} at byte {ByteOnLine} of the line (offset {Offset} in the file)");
}
