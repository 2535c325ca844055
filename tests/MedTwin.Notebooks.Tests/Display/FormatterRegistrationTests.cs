using MedTwin.Notebooks.Display;
using Microsoft.Data.Analysis;

namespace MedTwin.Notebooks.Tests.Display;

public sealed class FormatterRegistrationTests
{
    private readonly DisplayFormatter formatter = new();

    private sealed class CohortFrame(params DataFrameColumn[] columns) : DataFrame(columns);

    private interface IModelCard
    {
        string Name { get; }
    }

    private class ModelCard(string name) : IModelCard
    {
        public string Name { get; } = name;
    }

    private sealed class RiskModelCard(string name) : ModelCard(name);

    [Fact]
    public void A_custom_formatter_for_a_derived_type_wins_over_the_built_in_one()
    {
        formatter.Register<CohortFrame>(MimeTypes.Html, frame => $"<p>cohort of {frame.Rows.Count}</p>");
        var column = new Int32DataFrameColumn("Age", [54, 61]);

        var cohort = formatter.Format(new CohortFrame(column));
        var plain = formatter.Format(new DataFrame(column));

        Assert.Equal("<p>cohort of 2</p>", cohort.Html);
        Assert.StartsWith("2 rows × 1 column\n", cohort.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"medtwin-dataframe\">", plain.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_formatter_for_the_most_derived_registered_type_wins()
    {
        formatter.Register<IModelCard>(MimeTypes.Html, card => "interface " + card.Name);
        formatter.Register<ModelCard>(MimeTypes.Html, card => "base " + card.Name);
        formatter.Register<RiskModelCard>(MimeTypes.Html, card => "risk " + card.Name);

        Assert.Equal("risk sepsis", formatter.Format(new RiskModelCard("sepsis")).Html);
        Assert.Equal("base sepsis", formatter.Format(new ModelCard("sepsis")).Html);
    }

    [Fact]
    public void A_class_registration_wins_over_an_interface_registration()
    {
        formatter.Register<ModelCard>(MimeTypes.Html, card => "class " + card.Name);
        formatter.Register<IModelCard>(MimeTypes.Html, card => "interface " + card.Name);

        Assert.Equal("class sepsis", formatter.Format(new RiskModelCard("sepsis")).Html);
    }

    [Fact]
    public void A_later_registration_for_the_same_type_replaces_the_earlier_one()
    {
        formatter.Register<ModelCard>(MimeTypes.PlainText, _ => "first");
        formatter.Register<ModelCard>(MimeTypes.PlainText, _ => "second");

        Assert.Equal("second", formatter.Format(new ModelCard("sepsis")).PlainText);
    }

    [Fact]
    public void A_formatter_that_returns_null_leaves_the_value_to_a_less_specific_one()
    {
        formatter.Register<ModelCard>(MimeTypes.PlainText, card => "card " + card.Name);
        formatter.Register<RiskModelCard>(MimeTypes.PlainText, _ => null);

        Assert.Equal("card sepsis", formatter.Format(new RiskModelCard("sepsis")).PlainText);
    }

    [Fact]
    public void A_custom_mime_type_joins_the_built_in_plain_text_in_mime_type_order()
    {
        formatter.Register<ModelCard>("text/markdown", card => "**" + card.Name + "**");

        var data = formatter.Format(new ModelCard("sepsis")).Data;

        Assert.Equal(["text/markdown", MimeTypes.PlainText], data.Select(pair => pair.Key));
    }

    [Fact]
    public void A_custom_formatter_runs_in_the_invariant_culture()
    {
        using var german = new CultureScope("de-DE");
        formatter.Register<ModelCard>(MimeTypes.PlainText, card => $"{card.Name}: {0.5}");

        Assert.Equal("sepsis: 0.5", formatter.Format(new ModelCard("sepsis")).PlainText);
        Assert.Equal("de-DE", System.Globalization.CultureInfo.CurrentCulture.Name);
    }

    [Fact]
    public void An_open_generic_type_cannot_be_registered()
    {
        var error = Assert.Throws<ArgumentException>(() => formatter.Register(typeof(List<>), MimeTypes.Html, _ => ""));

        Assert.Contains("List<string>", error.Message, StringComparison.Ordinal);
    }
}
