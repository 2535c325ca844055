using OxyPlot;

namespace MedTwin.Charts.Static;

/// <summary>
/// Measures SVG text with Helvetica's built-in metrics (no system fonts, so the same on every machine). OxyPlot's PDF
/// context measures in points (a font of n pixels as n · 72/96 points), so sizes are scaled back to pixels; widths get a
/// margin besides, because a viewer without Helvetica substitutes a font up to about a tenth wider (DejaVu Sans on
/// Linux), and OxyPlot clips legends and places titles by the measured width.
/// </summary>
internal sealed class SvgTextMeasurer(double width, double height) : PdfRenderContext(width, height, OxyColors.Undefined)
{
    private const double PixelsPerPoint = 96.0 / 72.0;
    private const double SubstituteFontMargin = 1.1;

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        var size = base.MeasureText(text, fontFamily, fontSize, fontWeight);
        return new OxySize(size.Width * PixelsPerPoint * SubstituteFontMargin, size.Height * PixelsPerPoint);
    }
}
