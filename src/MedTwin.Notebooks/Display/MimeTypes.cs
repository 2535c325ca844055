namespace MedTwin.Notebooks.Display;

/// <summary>The mime types the display formatters produce.</summary>
public static class MimeTypes
{
    /// <summary>Plain text, produced for every value.</summary>
    public const string PlainText = "text/plain";

    /// <summary>HTML, produced for tables, sequences of objects and charts.</summary>
    public const string Html = "text/html";
}
