namespace MedTwin.Notebooks.Display;

/// <summary>Makes line breaks and tabs visible, so a value stays on its line in a listing or text table.</summary>
internal static class ControlCharacters
{
    public static string Escape(string text) => text.AsSpan().IndexOfAny("\r\n\t") < 0
        ? text
        : text.Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal);
}
