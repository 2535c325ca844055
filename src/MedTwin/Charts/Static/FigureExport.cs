using System.Globalization;
using System.Text;
using MedTwin.Charts.Static;
using OxyPlot;
using Plotly.NET;

namespace MedTwin.Charts;

/// <summary>
/// Static renderings of a Plotly.NET chart, as SVG and vector PDF, drawn in-process from the chart's figure JSON and
/// byte-identical on every machine: for notebook outputs read where no script runs (GitHub, nbviewer, untrusted
/// JupyterLab) and for a paper's figure files.
/// </summary>
/// <remarks>
/// <para>Why OxyPlot.Core: it is pure managed code and measures text with the built-in Adobe metrics of the PDF
/// standard fonts (Helvetica), so layout never depends on the fonts a machine has installed. Libraries drawing through
/// SkiaSharp or System.Drawing (ScottPlot, OxyPlot.SkiaSharp) measure with the system's fonts and native code, so the
/// same chart gives different SVG bytes on Linux, Windows and macOS.</para>
/// <para>Determinism: the model is built with the invariant culture and rendered with the invariant culture as the
/// current one (parts of OxyPlot format numbers and dates with the current culture); colours are resolved as
/// plotly.js resolves them (the trace's own, then the layout's colorway, the template's, plotly.js's default).</para>
/// <para>OxyPlot's PDF writer stamps <c>/CreationDate</c> with the local time; the stamp is replaced by a fixed one
/// of the same length, so the bytes repeat and the cross-reference offsets stay valid. PDF text uses WinAnsi
/// encoding: a character outside it is written as "?" there, while the SVG keeps it.</para>
/// <para>What cannot be drawn as the figure asks (values missing, not finite or not positive on a log axis; trace
/// types other than scatter, bar, histogram and heatmap; shapes other than lines and rectangles) is left out and named
/// in a note under the title, never dropped silently; a figure with nothing to draw shows its axes, title and "no data
/// to draw". Size: the layout's width and height, else plotly.js's default 700 × 450.</para>
/// </remarks>
public static class FigureExport
{
    /// <summary>The font size of tick labels and legend (axis titles are 2 larger, the title 1.4 times), as plotly.js's default.</summary>
    public const double DefaultFontSize = 12;

    /// <summary>The largest width or height accepted, in pixels (points in a PDF).</summary>
    public const double MaximumSize = 20_000;

    private const double DefaultWidth = 700;
    private const double DefaultHeight = 450;

    /// <summary>The chart as an SVG document, sized by its layout's width and height (else 700 × 450).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentException">The figure holds something that cannot be read (e.g. a colour that is not one); the message names it.</exception>
    public static string ToSvg(this GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return SvgOfJson(GenericChart.toJson(chart));
    }

    /// <summary>The SVG of a plotly figure's JSON (<c>data</c>, <c>layout</c>), sized by its layout.</summary>
    internal static string SvgOfJson(string figureJson)
    {
        var figure = PlotlyFigure.Parse(figureJson);
        return Svg(figure, LayoutSize(figure, "width", DefaultWidth), LayoutSize(figure, "height", DefaultHeight), DefaultFontSize);
    }

    /// <summary>The chart as an SVG document of the given size in pixels and font size.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is not a finite number in (0, <see cref="MaximumSize"/>], or the font size not in (0, 200].</exception>
    /// <exception cref="ArgumentException">The figure holds something that cannot be read; the message names it.</exception>
    public static string ToSvg(this GenericChart chart, double width, double height, double fontSize = DefaultFontSize)
    {
        ArgumentNullException.ThrowIfNull(chart);
        RequireSizes(width, height, fontSize);
        return Svg(PlotlyFigure.Parse(GenericChart.toJson(chart)), width, height, fontSize);
    }

    /// <summary>
    /// Writes the chart as an SVG file. Inside a running study <paramref name="path"/> is relative to the study's
    /// (notebook's) folder and the file is recorded in the run's manifest and checked by <c>medtwin verify</c>; outside
    /// one it is relative to the current directory. Missing folders are created; the file appears whole or not at all.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, inside a study absolute or outside its folder, or the figure cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size or the font size is out of range.</exception>
    /// <exception cref="IOException">The file cannot be written; the message names the path.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing there is not allowed; the message names the path.</exception>
    public static void SaveSvg(this GenericChart chart, string path, double width, double height, double fontSize = DefaultFontSize)
    {
        ArgumentNullException.ThrowIfNull(chart);
        FigureFile.Write(path, Encoding.UTF8.GetBytes(chart.ToSvg(width, height, fontSize)));
    }

    /// <summary>
    /// Writes the chart as a vector PDF page of <paramref name="width"/> × <paramref name="height"/> points, paths
    /// resolved and written as by <see cref="SaveSvg"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, inside a study absolute or outside its folder, or the figure cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size or the font size is out of range.</exception>
    /// <exception cref="IOException">The file cannot be written; the message names the path.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing there is not allowed; the message names the path.</exception>
    public static void SavePdf(this GenericChart chart, string path, double width, double height, double fontSize = DefaultFontSize)
    {
        ArgumentNullException.ThrowIfNull(chart);
        FigureFile.Write(path, ToPdf(chart, width, height, fontSize));
    }

    internal static byte[] ToPdf(GenericChart chart, double width, double height, double fontSize)
    {
        RequireSizes(width, height, fontSize);
        var figure = PlotlyFigure.Parse(GenericChart.toJson(chart));
        return Invariant(() =>
        {
            using var stream = new MemoryStream();

            // OxyPlot's PDF context sets text of n units in n · 72/96 points; scaling the font back keeps the page's proportions those of the SVG.
            var model = PlotModelFactory.Create(figure, width, fontSize * 96 / 72);
            var page = new PdfPageContext(width, height, model.Background);
            ((IPlotModel)model).Update(true);
            ((IPlotModel)model).Render(page, new OxyRect(0, 0, width, height));
            ThrowIfNotDrawn(model);
            page.Save(stream);
            return PdfCreationDate.Fix(stream.ToArray());
        });
    }

    private static string Svg(PlotlyFigure figure, double width, double height, double fontSize) =>
        Invariant(() =>
        {
            var model = PlotModelFactory.Create(figure, width, fontSize);
            var svg = SvgExporter.ExportToString(model, width, height, isDocument: true, new SvgTextMeasurer(width, height));
            ThrowIfNotDrawn(model);
            return svg;
        });

    // OxyPlot catches what fails while it draws and writes the exception's text into the picture instead.
    private static void ThrowIfNotDrawn(PlotModel model)
    {
        foreach (var axis in model.Axes.Where(a => a.IsAxisVisible))
        {
            // Past these OxyPlot computes a tick step of zero or infinity: it fails, or draws an empty frame.
            double[] ends = [.. new[] { axis.DataMinimum, axis.DataMaximum, axis.ActualMinimum, axis.ActualMaximum }.Where(double.IsFinite)];
            var (low, high) = ends.Length > 0 ? (ends.Min(), ends.Max()) : (0, 1);
            if (!double.IsFinite((high - low) * 2) || (high > low && high - low < 1e-300))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Axis '{axis.Key}' would run from {low:R} to {high:R}, a span too {(high - low < 1 ? "narrow" : "wide")} to draw; give the axis a range or rescale the values."));
            }
        }

        if (model.GetLastPlotException() is { } failure)
        {
            throw new InvalidOperationException($"The figure could not be drawn: {failure.Message}", failure);
        }
    }

    // OxyPlot formats tick labels and SVG numbers with the current culture; the caller's is restored afterwards, so a
    // figure's bytes never depend on the machine while the calling code keeps its own culture.
    private static T Invariant<T>(Func<T> render)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.InvariantCulture, CultureInfo.InvariantCulture);
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static void RequireSizes(double width, double height, double fontSize)
    {
        RequireSize(width, nameof(width));
        RequireSize(height, nameof(height));
        if (!(fontSize is > 0 and <= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(fontSize), fontSize, $"The font size must lie in (0, 200]; found {fontSize.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static double LayoutSize(PlotlyFigure figure, string name, double fallback)
    {
        var size = figure.Layout(name).Number() ?? fallback;
        return size is > 0 and <= MaximumSize
            ? size
            : throw new ArgumentException($"The figure's layout.{name} must be a finite number in (0, {MaximumSize.ToString(CultureInfo.InvariantCulture)}] pixels; found {size.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static void RequireSize(double value, string name)
    {
        if (!(value is > 0 and <= MaximumSize))
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {name} must be a finite number in (0, {MaximumSize.ToString(CultureInfo.InvariantCulture)}]; found {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
