using OxyPlot;
using OxyPlot.Annotations;

namespace MedTwin.Charts.Static;

/// <summary>
/// A text annotation that may lie outside the plot area, as plotly.js annotations may (e.g. a label right of the plot
/// at paper x = 1); OxyPlot clips every annotation to the plot area.
/// </summary>
internal sealed class PaperTextAnnotation : TextAnnotation
{
    public override OxyRect GetClippingRect() => new(0, 0, PlotModel.Width, PlotModel.Height);
}
