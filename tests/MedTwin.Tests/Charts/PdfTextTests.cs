using System.Text;
using MedTwin.Charts;

namespace MedTwin.Tests.Charts;

public sealed class PdfTextTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Fact]
    public void Symbols_outside_the_standard_fonts_are_spelled_out_in_a_pdf_never_turned_into_other_letters()
    {
        var chart = Figures.Lines("glucose ≥ 180 mg/dL − β₂ ≤ 3", "time", "mg/dL", [new CurveSeries("a", [0, 1], [1, 2])]);

        var page = Latin1.GetString(FigureExport.ToPdf(chart, 600, 400, 12));

        Assert.Contains("(glucose >= 180 mg/dL - beta2 <= 3)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_characters_keep_their_meaning_and_others_become_a_question_mark()
    {
        var chart = Figures.Lines("café – 5 µg ≠ 文", "time", "mg/dL", [new CurveSeries("a", [0, 1], [1, 2])]);

        var page = FigureExport.ToPdf(chart, 600, 400, 12);

        var expected = Latin1.GetBytes("(caf\u00E9 ").Concat(new byte[] { 0x96 }).Concat(Latin1.GetBytes(" 5 \u00B5g != ?)")).ToArray();
        Assert.True(page.AsSpan().IndexOf(expected) >= 0, Latin1.GetString(page));
    }

    [Fact]
    public void The_svg_keeps_every_character()
    {
        var chart = Figures.Lines("glucose ≥ 180 − β₂ 文", "time", "mg/dL", [new CurveSeries("a", [0, 1], [1, 2])]);

        Assert.Contains(">glucose ≥ 180 − β₂ 文<", chart.ToSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_figure_carries_a_drawing_error_in_place_of_itself()
    {
        foreach (var (_, chart) in ChartSamples.All())
        {
            Assert.DoesNotContain("exception", chart.ToSvg(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("exception", Latin1.GetString(FigureExport.ToPdf(chart, 600, 400, 12)), StringComparison.OrdinalIgnoreCase);
        }
    }
}
