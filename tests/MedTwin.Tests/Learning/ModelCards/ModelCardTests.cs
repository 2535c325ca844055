using System.Text.Json.Nodes;
using MedTwin.Learning;
using MedTwin.Learning.ModelCards;

namespace MedTwin.Tests.Learning.ModelCards;

public sealed class ModelCardTests
{
    internal static ModelCard Card() => new()
    {
        Title = "Pima diabetes risk",
        IntendedUse = "Teaching: comparing model families on a public data set.",
        Limitations = ["Pima women aged 21 or older only.", "Not for clinical decisions."],
        Data = new ModelCardData
        {
            Snapshot = "pima-diabetes",
            Version = 1,
            Sha256 = new string('a', 64),
            Rows = 768,
            Label = "diabetes",
            PositiveClass = "pos",
            Features = ["glucose", "mass"],
        },
        Recipe = JsonNode.Parse("""{ "name": "pima-clean", "steps": [] }"""),
        Trainer = "logistic regression (unpenalised)",
        Hyperparameters = new Dictionary<string, string> { ["tolerance"] = "1E-12" },
        Seed = 2026,
        Validation = "10-fold stratified cross-validation, 95% bootstrap CIs (2000 resamples)",
        Metrics = [new ModelCardMetric("ROC AUC", 0.8312345, 0.80, 0.86)],
        LibraryVersion = "0.1.0",
    };

    [Fact]
    public void A_card_round_trips_through_json_to_the_same_text()
    {
        var json = Card().ToJson();

        Assert.Equal(json, ModelCard.FromJson(json).ToJson());
    }

    [Fact]
    public void The_markdown_names_snapshot_hash_trainer_seed_and_metrics_with_intervals()
    {
        var markdown = Card().ToMarkdown();

        Assert.Contains("- Snapshot: `pima-diabetes` version 1, SHA-256 `aaaa", markdown, StringComparison.Ordinal);
        Assert.Contains("- Outcome: `diabetes` (positive class `pos`)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Trainer: logistic regression (unpenalised)\n- Seed: 2026", markdown, StringComparison.Ordinal);
        Assert.Contains("| ROC AUC | 0.831 | 0.800 – 0.860 |", markdown, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"pima-clean\"", markdown, StringComparison.Ordinal);
        Assert.Contains("- Not for clinical decisions.", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void Text_that_is_not_a_card_is_an_error(string json)
    {
        var error = Assert.Throws<LearningException>(() => ModelCard.FromJson(json));

        Assert.StartsWith("reading a model card: not a model card", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_an_error_not_ignored()
    {
        var json = Card().ToJson().Replace("\"seed\":", "\"sede\": 1,\n  \"seed\":", StringComparison.Ordinal);

        var error = Assert.Throws<LearningException>(() => ModelCard.FromJson(json));

        Assert.Contains("sede", error.Message, StringComparison.Ordinal);
    }
}
