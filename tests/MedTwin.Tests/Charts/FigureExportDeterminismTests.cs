using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MedTwin.Charts;

namespace MedTwin.Tests.Charts;

/// <summary>The same figure gives the same SVG and PDF bytes, whatever the culture, and the PDF stays well formed.</summary>
public sealed partial class FigureExportDeterminismTests
{
    public static TheoryData<string> Kinds => [.. ChartSamples.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_same_figure_gives_the_same_svg_and_pdf_bytes(string kind)
    {
        Assert.Equal(Sample(kind).ToSvg(), Sample(kind).ToSvg());
        Assert.Equal(FigureExport.ToPdf(Sample(kind), 700, 450, 12), FigureExport.ToPdf(Sample(kind), 700, 450, 12));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    public void The_current_culture_changes_no_byte(string culture)
    {
        var svg = ChartSamples.All().Select(c => c.Chart.ToSvg(640, 400, 11.5)).ToList();
        var pdf = ChartSamples.All().Select(c => FigureExport.ToPdf(c.Chart, 640, 400, 11.5)).ToList();

        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(culture), new CultureInfo(culture));
            Assert.Equal(svg, ChartSamples.All().Select(c => c.Chart.ToSvg(640, 400, 11.5)));
            Assert.Equal(pdf, ChartSamples.All().Select(c => FigureExport.ToPdf(c.Chart, 640, 400, 11.5)));
            Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void Sizes_in_the_svg_are_written_with_a_decimal_point()
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo("de-DE"), new CultureInfo("de-DE"));
            var svg = ChartSamples.Lines().ToSvg(640.5, 400, 11.5);

            Assert.Contains("width=\"640.5\"", svg, StringComparison.Ordinal);
            Assert.Contains("font-size=\"11.5\"", svg, StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void The_pdf_is_a_pdf_whose_cross_references_point_at_its_objects_and_whose_date_is_fixed()
    {
        var pdf = FigureExport.ToPdf(ChartSamples.Roc(), 700, 450, 12);
        var text = Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/CreationDate (D:20000101000000+00'00)", text, StringComparison.Ordinal);
        var start = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var table = XrefTable().Match(text, start);
        Assert.True(table.Success && table.Index == start, "startxref points at the xref table.");
        var entries = XrefEntry().Matches(text, table.Index + table.Length).Take(int.Parse(table.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();
        var first = int.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture);
        var inUse = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Groups[3].Value == "n")
            {
                var offset = int.Parse(entries[i].Groups[1].Value, CultureInfo.InvariantCulture);
                Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{first + i} 0 obj"), text[offset..], StringComparison.Ordinal);
                inUse++;
            }
        }

        Assert.True(inUse > 3, $"Expected the PDF's objects in its xref table; found {inUse}.");
    }

    [Fact]
    public void The_local_time_zone_does_not_reach_the_pdf()
    {
        var here = FigureExport.ToPdf(ChartSamples.Histogram(), 500, 300, 12);

        Assert.Equal(here, TimeZones.InZone("Pacific/Auckland", () => FigureExport.ToPdf(ChartSamples.Histogram(), 500, 300, 12)));
    }

    private static Plotly.NET.GenericChart Sample(string kind) => ChartSamples.All().Single(c => c.Name == kind).Chart;

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"xref\s+(\d+)\s+(\d+)\s*\n")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf])")]
    private static partial Regex XrefEntry();
}
