using OxyPlot;

namespace MedTwin.Charts.Static;

/// <summary>OxyPlot's PDF page, its text measured and drawn as the standard fonts can show it (<see cref="PdfText"/>).</summary>
internal sealed class PdfPageContext(double width, double height, OxyColor background) : PdfRenderContext(width, height, background)
{
    public override void DrawText(
        ScreenPoint p, string text, OxyColor fill, string fontFamily, double fontSize, double fontWeight, double rotate,
        HorizontalAlignment halign, VerticalAlignment valign, OxySize? maxSize) =>
        base.DrawText(p, PdfText.Encode(text), fill, fontFamily, fontSize, fontWeight, rotate, halign, valign, maxSize);

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight) =>
        base.MeasureText(PdfText.Encode(text), fontFamily, fontSize, fontWeight);
}
