namespace MedTwin.Notebooks.Documents.Jupyter;

/// <summary>How a JSON text is laid out, so that it can be written again the same way.</summary>
/// <param name="Multiline">Whether each member and element sits on its own line (json.dumps with indent, JSON.stringify with a space argument).</param>
/// <param name="Indent">One level of indentation: " " for nbformat and VS Code, "  " for System.Text.Json.</param>
/// <param name="Newline">"\n" or "\r\n".</param>
/// <param name="KeySeparator">Between a key and its value: ": " or ":".</param>
/// <param name="ItemSeparator">Between members and elements, before any line break: "," or ", " (Python 2's json.dumps left a trailing space).</param>
/// <param name="Leading">Whitespace before the JSON.</param>
/// <param name="Trailing">Whitespace after the JSON: nbformat and VS Code end with one line break.</param>
/// <param name="AsciiOnly">Whether text beyond ASCII is written as \u escapes (json.dumps with ensure_ascii).</param>
/// <param name="ByteOrderMark">Whether the text starts with a byte-order mark.</param>
internal sealed record JsonLayout(
    bool Multiline,
    string Indent,
    string Newline,
    string KeySeparator,
    string ItemSeparator,
    string Leading,
    string Trailing,
    bool AsciiOnly,
    bool ByteOrderMark)
{
    /// <summary>What nbformat (json.dumps(sort_keys=True, indent=1, ensure_ascii=False) plus "\n") and VS Code write.</summary>
    public static JsonLayout Nbformat { get; } = new(true, " ", "\n", ": ", ",", "", "\n", false, false);

    /// <summary>Polyglot Notebooks' <c>#!meta</c> JSON: one line, no spaces.</summary>
    public static JsonLayout Compact { get; } = new(false, "", "\n", ":", ",", "", "", false, false);
}
