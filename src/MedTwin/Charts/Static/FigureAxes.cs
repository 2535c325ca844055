using System.Globalization;
using System.Text.Json;
using OxyPlot;
using OxyPlot.Axes;

namespace MedTwin.Charts.Static;

/// <summary>
/// The figure's axes as OxyPlot axes: every axis a trace or the layout names, typed as plotly.js would (the layout's
/// <c>type</c>, else category when a value is text), placed by <c>domain</c>, <c>side</c> and <c>autorange: "reversed"</c>,
/// styled by the template. Two hidden axes spanning 0–1 carry what is placed in "paper" coordinates.
/// </summary>
internal sealed class FigureAxes
{
    public const string PaperX = "paper-x";
    public const string PaperY = "paper-y";

    private readonly Dictionary<string, FigureAxis> axes = new(StringComparer.Ordinal);

    private FigureAxes()
    {
    }

    public FigureAxis this[string id] => axes.TryGetValue(id, out var axis)
        ? axis
        : throw new ArgumentException($"The figure refers to axis '{id}', which it does not define.");

    /// <summary>The key to place a coordinate by: an axis id, or the hidden paper axis for "paper".</summary>
    public static string KeyOf(string reference, bool horizontal) => reference == "paper" ? (horizontal ? PaperX : PaperY) : reference;

    public static FigureAxes Create(PlotlyFigure figure, PlotModel model, double width, double fontSize)
    {
        var values = CollectValues(figure);
        var result = new FigureAxes();
        foreach (var (id, ofAxis) in values.OrderBy(v => v.Key[0]).ThenBy(v => v.Key.Length).ThenBy(v => v.Key, StringComparer.Ordinal))
        {
            var key = (id[0] == 'x' ? "xaxis" : "yaxis") + id[1..];
            var type = TypeOf(figure.Axis(key, "type").Text(), ofAxis);
            var categories = type == AxisType.Category
                ? ofAxis.Where(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number).Select(CategoryName).Distinct(StringComparer.Ordinal).ToList()
                : [];
            var axis = Build(figure, key, id, type, categories, fontSize);
            if (id[0] == 'x' && type == AxisType.Category && LabelsCollide(categories, width, fontSize))
            {
                // As plotly.js does when a category axis's labels would run into each other.
                axis.Angle = -30;
            }

            model.Axes.Add(axis);
            result.axes[id] = new FigureAxis(id, type, categories, axis);
        }

        model.Axes.Add(Paper(PaperX, AxisPosition.Bottom));
        model.Axes.Add(Paper(PaperY, AxisPosition.Left));
        return result;
    }

    private static bool LabelsCollide(List<string> categories, double width, double fontSize)
    {
        const double AverageGlyphWidth = 0.55;
        const double PlotShareOfWidth = 0.7;
        return categories.Count > 0 && categories.Max(c => c.Length) * fontSize * AverageGlyphWidth > width * PlotShareOfWidth / categories.Count;
    }

    private static string CategoryName(JsonElement v) => v.ValueKind == JsonValueKind.Number ? v.GetDouble().ToString(CultureInfo.InvariantCulture) : DrawableText.Of(v.GetString()!);

    /// <summary>Every axis id in use ("x", "y" always), with the values placed on it, in trace order.</summary>
    private static Dictionary<string, List<JsonElement>> CollectValues(PlotlyFigure figure)
    {
        var values = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal) { ["x"] = [], ["y"] = [] };
        foreach (var key in figure.AxisKeys)
        {
            values.TryAdd(key[0] + key[5..], []);
        }

        foreach (var trace in figure.Traces)
        {
            JsonElement? t = trace;
            var x = AxisId(t, "xaxis");
            var y = AxisId(t, "yaxis");
            values.TryAdd(x, []);
            values.TryAdd(y, []);
            values[x].AddRange(t.Prop("x").Items());
            values[y].AddRange(t.Prop("y").Items());
        }

        return values;
    }

    private static string AxisId(JsonElement? trace, string property)
    {
        var id = trace.Prop(property).Text() ?? property[..1];
        return id.Length > 0 && id[0] == property[0] && id[1..].All(char.IsAsciiDigit)
            ? id
            : throw new ArgumentException($"A trace's {property} must be '{property[..1]}', '{property[..1]}2', '{property[..1]}3', ...; found '{id}'.");
    }

    private static AxisType TypeOf(string? declared, List<JsonElement> values) => declared switch
    {
        "log" => AxisType.Log,
        "category" => AxisType.Category,
        "linear" => AxisType.Linear,
        _ => values.Any(v => !PlotlyJson.IsNumeric(v)) ? AxisType.Category : AxisType.Linear,
    };

    private static Axis Build(PlotlyFigure figure, string key, string id, AxisType type, List<string> categories, double fontSize)
    {
        var horizontal = id[0] == 'x';
        Axis axis = type == AxisType.Log ? new LogarithmicAxis() : new LinearAxis();
        axis.Key = id;
        axis.Position = (horizontal, figure.Axis(key, "side").Text()) switch
        {
            (true, "top") => AxisPosition.Top,
            (true, _) => AxisPosition.Bottom,
            (false, "right") => AxisPosition.Right,
            _ => AxisPosition.Left,
        };
        axis.Title = figure.Axis(key, "title", "text").Text() ?? figure.Axis(key, "title").Text();
        axis.TitleFontSize = fontSize + 2;
        axis.FontSize = fontSize;
        axis.MajorGridlineStyle = figure.Axis(key, "showgrid").Bool() == false ? LineStyle.None : LineStyle.Solid;
        axis.MajorGridlineColor = Color(figure, key, "gridcolor", "#eee");
        axis.MinorGridlineStyle = LineStyle.None;
        axis.TickStyle = TickStyle.None;
        axis.AxislineStyle = LineStyle.None;
        axis.MinimumPadding = 0.05;
        axis.MaximumPadding = 0.05;
        if (type == AxisType.Linear && figure.Axis(key, "zeroline").Bool() != false)
        {
            axis.ExtraGridlines = [0];
            axis.ExtraGridlineColor = Color(figure, key, "zerolinecolor", "#444");
            axis.ExtraGridlineThickness = figure.Axis(key, "zerolinewidth").Number() ?? 1;
        }

        var (start, end) = Domain(figure, key);
        var reversed = figure.Axis(key, "autorange").Text() == "reversed";
        (axis.StartPosition, axis.EndPosition) = reversed ? (end, start) : (start, end);
        if (type == AxisType.Category)
        {
            axis.MajorStep = 1;
            axis.MinorStep = 1;
            axis.Minimum = -0.5;
            axis.Maximum = categories.Count - 0.5;
            axis.LabelFormatter = v => Math.Abs(v - Math.Round(v)) < 1e-9 && Math.Round(v) is >= 0 and var i && i < categories.Count ? categories[(int)i] : string.Empty;
        }

        if (figure.Axis(key, "range").Items().Select(PlotlyJson.ToDouble).ToArray() is [var low, var high] && double.IsFinite(low) && double.IsFinite(high))
        {
            // plotly.js gives a log axis's range in powers of ten.
            (axis.Minimum, axis.Maximum) = type == AxisType.Log ? (Math.Pow(10, low), Math.Pow(10, high)) : (low, high);
        }

        return axis;
    }

    // OxyPlot loops forever on a position that is not a number.
    private static (double Start, double End) Domain(PlotlyFigure figure, string key)
    {
        var domain = figure.Axis(key, "domain").Items().Select(PlotlyJson.ToDouble).ToArray();
        return domain switch
        {
            [] => (0, 1),
            [var start, var end] when start >= 0 && start < end && end <= 1 => (start, end),
            _ => throw new ArgumentException($"layout.{key}.domain must be [start, end] with 0 <= start < end <= 1; found [{string.Join(", ", domain.Select(d => d.ToString(CultureInfo.InvariantCulture)))}]."),
        };
    }

    private static OxyColor Color(PlotlyFigure figure, string key, string property, string fallback) =>
        PlotlyColor.Parse(figure.Axis(key, property).Text() ?? fallback, $"layout.{key}.{property}");

    private static LinearAxis Paper(string key, AxisPosition position) => new()
    {
        Key = key,
        Position = position,
        Minimum = 0,
        Maximum = 1,
        MinimumPadding = 0,
        MaximumPadding = 0,
        IsAxisVisible = false,
    };
}
