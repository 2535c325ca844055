namespace MedTwin.Notebooks.Rendering;

/// <summary>Base64 image data as notebooks store it, made fit for a <c>data:</c> URI.</summary>
internal static class Base64
{
    /// <summary>The data without the line breaks and blanks that nbformat allows inside it.</summary>
    public static string Compact(string data) => string.Concat(data.Where(c => !char.IsWhiteSpace(c)));
}
