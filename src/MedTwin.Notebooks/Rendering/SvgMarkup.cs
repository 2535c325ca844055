namespace MedTwin.Notebooks.Rendering;

/// <summary>An SVG document as markup inside an HTML page.</summary>
internal static class SvgMarkup
{
    /// <summary>An SVG file's <c>&lt;?xml …?&gt;</c> declaration and doctype mean nothing inside HTML; the <c>&lt;svg&gt;</c> element is what shows.</summary>
    public static string WithoutXmlProlog(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.OrdinalIgnoreCase);
        return start > 0 ? svg[start..] : svg;
    }
}
