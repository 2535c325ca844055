using System.Collections;
using Microsoft.Data.Analysis;
using MedTwin.Charts;
using Plotly.NET;

namespace MedTwin.Notebooks.Display;

/// <summary>The formatters every <see cref="DisplayFormatter"/> starts with.</summary>
internal static class BuiltInFormatters
{
    public static IEnumerable<(Type Type, string MimeType, Func<object, FormatContext, string?> Format)> All()
    {
        yield return (typeof(object), MimeTypes.PlainText, PlainTextFormatter.Format);
        yield return (typeof(IEnumerable), MimeTypes.Html, ObjectSequenceHtmlFormatter.Format);
        yield return (typeof(DataFrame), MimeTypes.PlainText, (value, context) => DataFrameTextFormatter.Format((DataFrame)value, context.Options));
        yield return (typeof(DataFrame), MimeTypes.Html, (value, context) => DataFrameHtmlFormatter.Format((DataFrame)value, context.Options));
        yield return (typeof(GenericChart), MimeTypes.PlainText, (value, _) => PlotlyChartTextFormatter.Format((GenericChart)value));
        yield return (typeof(GenericChart), MimeTypes.PlotlyJson, (value, _) => PlotlyFigureJsonFormatter.Format((GenericChart)value));
        yield return (typeof(GenericChart), MimeTypes.Svg, (value, _) => ((GenericChart)value).ToSvg());
    }
}
