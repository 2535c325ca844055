namespace MedTwin.Charts;

/// <summary>One panel of a <see cref="TwinCharts.Timeline"/>: its curves, its observed points and shaded bands of its y axis.</summary>
/// <param name="Title">The y axis title.</param>
/// <param name="Lines">Curves drawn as lines.</param>
/// <param name="Points">Observations drawn as markers.</param>
/// <param name="Bands">Horizontal bands shaded behind the curves (e.g. the NEWS2 risk bands).</param>
public sealed record TimelinePanel(string Title, IReadOnlyList<CurveSeries> Lines, IReadOnlyList<CurveSeries> Points, IReadOnlyList<TimelineBand> Bands);

/// <summary>A shaded horizontal band of a panel, from <paramref name="Low"/> to <paramref name="High"/>.</summary>
/// <param name="Low">The band's lower edge.</param>
/// <param name="High">The band's upper edge.</param>
/// <param name="Color">A CSS colour (translucent colours keep the curves readable).</param>
/// <param name="Label">What the band means, shown at its right edge.</param>
public sealed record TimelineBand(double Low, double High, string Color, string Label);

/// <summary>An event marked across every panel at <paramref name="X"/> (e.g. an alert raised).</summary>
/// <param name="X">Where on the shared x axis.</param>
/// <param name="Label">The text shown at the top.</param>
/// <param name="Color">A CSS colour for the line.</param>
public sealed record TimelineMarker(double X, string Label, string Color);
