using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Plotly.NET;

namespace MedTwin.Tests.Charts;

/// <summary>A rendered SVG read back: its texts, lines, markers and filled rectangles, found by colour.</summary>
internal sealed partial class SvgFigure
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal) { ["grey"] = "rgb(128,128,128)", ["firebrick"] = "rgb(178,34,34)" };
    private readonly XDocument document;

    public SvgFigure(string svg)
    {
        document = XDocument.Parse(svg);
        Root = document.Root!;
    }

    public XElement Root { get; }

    public IReadOnlyList<string> Texts => [.. document.Descendants(Svg + "text").Select(t => t.Value)];

    /// <summary>The plot area: the rectangle filled with the template's plot background.</summary>
    public (double X, double Y, double Width, double Height) PlotArea(string plotBackground) =>
        Box(document.Descendants(Svg + "rect").First(r => Fill(r) == plotBackground));

    /// <summary>Polylines stroked in <paramref name="rgb"/> ("rgb(r,g,b)"), each as its points.</summary>
    public IReadOnlyList<(double X, double Y)[]> Lines(string rgb) =>
        [.. document.Descendants(Svg + "polyline").Where(p => Stroke(p) == rgb).Select(Points)];

    /// <summary>Circle markers filled with <paramref name="rgb"/>.</summary>
    public IReadOnlyList<(double X, double Y)> Markers(string rgb) =>
        [.. document.Descendants(Svg + "ellipse").Where(e => Fill(e) == rgb).Select(e => (Number(e, "cx"), Number(e, "cy")))];

    /// <summary>Rectangles filled with <paramref name="rgb"/> (any opacity) that lie inside <paramref name="area"/>.</summary>
    public IReadOnlyList<(double X, double Y, double Width, double Height)> Rectangles(string rgb, (double X, double Y, double Width, double Height) area) =>
        [.. document.Descendants(Svg + "rect").Where(r => Fill(r) == rgb).Select(Box).Where(b => Inside(b, area) && b != area)];

    /// <summary>Every rectangle with a fill that lies inside <paramref name="area"/>, other than the area itself.</summary>
    public IReadOnlyList<string> FilledInside((double X, double Y, double Width, double Height) area) =>
        [.. document.Descendants(Svg + "rect").Where(r => Fill(r) is { } f && f != "none").Where(r => Inside(Box(r), area) && Box(r) != area).Select(r => Fill(r)!)];

    /// <summary>The colour plotly.js gives trace <paramref name="index"/> of <paramref name="chart"/> as "rgb(r,g,b)": its own, else the colorway's.</summary>
    public static string TraceColor(GenericChart chart, int index)
    {
        using var json = JsonDocument.Parse(GenericChart.toJson(chart));
        var trace = json.RootElement.GetProperty("data")[index];
        var css = trace.TryGetProperty("line", out var line) && line.TryGetProperty("color", out var lc) ? lc.GetString()
            : trace.TryGetProperty("marker", out var marker) && marker.TryGetProperty("color", out var mc) ? mc.GetString()
            : json.RootElement.GetProperty("layout").GetProperty("template").GetProperty("layout").GetProperty("colorway")[index].GetString();
        return Rgb(css!);
    }

    /// <summary>A CSS colour as OxyPlot's SVG writes it.</summary>
    public static string Rgb(string css)
    {
        if (Named.TryGetValue(css, out var named))
        {
            return named;
        }

        if (css.StartsWith('#'))
        {
            var v = int.Parse(css[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"rgb({(v >> 16) & 255},{(v >> 8) & 255},{v & 255})");
        }

        var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..^1].Split(',').Select(p => p.Trim()).ToArray();
        return $"rgb({parts[0]},{parts[1]},{parts[2]})";
    }

    public static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement.Clone();

    private static bool Inside((double X, double Y, double Width, double Height) b, (double X, double Y, double Width, double Height) area) =>
        b.X >= area.X - 0.01 && b.Y >= area.Y - 0.01 && b.X + b.Width <= area.X + area.Width + 0.01 && b.Y + b.Height <= area.Y + area.Height + 0.01;

    private static (double, double, double, double) Box(XElement r) => (Number(r, "x"), Number(r, "y"), Number(r, "width"), Number(r, "height"));

    private static double Number(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static string? Fill(XElement e) => StyleValue(e, "fill");

    private static string? Stroke(XElement e) => StyleValue(e, "stroke");

    private static string? StyleValue(XElement e, string name) =>
        e.Attribute("style")?.Value.Split(';').Select(s => s.Split(':')).FirstOrDefault(kv => kv.Length == 2 && kv[0] == name)?[1];

    private static (double X, double Y)[] Points(XElement polyline) =>
        [.. PointPattern().Matches(polyline.Attribute("points")!.Value).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];

    [GeneratedRegex(@"(-?[\d.]+),(-?[\d.]+)")]
    private static partial Regex PointPattern();
}
