namespace MedTwin.Notebooks.Display;

/// <summary>The mime types the display formatters produce.</summary>
public static class MimeTypes
{
    /// <summary>Plain text, produced for every value.</summary>
    public const string PlainText = "text/plain";

    /// <summary>HTML, produced for tables and sequences of objects.</summary>
    public const string Html = "text/html";

    /// <summary>A Plotly figure (<c>data</c>, <c>layout</c>, <c>config</c>) as JSON, drawn interactively by VS Code's and JupyterLab's plotly renderers.</summary>
    public const string PlotlyJson = "application/vnd.plotly.v1+json";

    /// <summary>SVG, the static rendering of a chart that every viewer shows, GitHub and untrusted notebooks included.</summary>
    public const string Svg = "image/svg+xml";
}
