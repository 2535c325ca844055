using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MedTwin.Learning.ModelCards;

/// <summary>
/// What a reader needs to judge and re-create a trained model (after Mitchell et al. 2019, "Model Cards for Model
/// Reporting"): the data snapshot and its hash, the preparation recipe, the trainer with its hyperparameters and seed,
/// the validated metrics with confidence intervals, the intended use and the limits. Written as JSON and Markdown
/// beside the saved model (<see cref="ModelCardFiles"/>).
/// </summary>
public sealed record ModelCard
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>The model's name.</summary>
    public required string Title { get; init; }

    /// <summary>What the model is for, and for whom.</summary>
    public required string IntendedUse { get; init; }

    /// <summary>What it must not be used for, and what is known to limit it.</summary>
    public required IReadOnlyList<string> Limitations { get; init; }

    /// <summary>The training data.</summary>
    public required ModelCardData Data { get; init; }

    /// <summary>The preparation recipe applied before training, as its JSON (<c>PreparationRecipe.ToJson()</c>).</summary>
    public JsonNode? Recipe { get; init; }

    /// <summary>The trainer's name and variant.</summary>
    public required string Trainer { get; init; }

    /// <summary>The trainer's hyperparameters as invariant text.</summary>
    public required IReadOnlyDictionary<string, string> Hyperparameters { get; init; }

    /// <summary>The seed the final model was trained with.</summary>
    public required int Seed { get; init; }

    /// <summary>How the metrics were estimated, e.g. <c>10-fold stratified cross-validation, 95% bootstrap CIs (2,000 resamples)</c>.</summary>
    public required string Validation { get; init; }

    /// <summary>The validated metrics.</summary>
    public required IReadOnlyList<ModelCardMetric> Metrics { get; init; }

    /// <summary>The MedTwin version that trained the model.</summary>
    public required string LibraryVersion { get; init; }

    /// <summary>The SHA-256 of the saved model file, filled in when the card is written beside it.</summary>
    public string? ModelSha256 { get; init; }

    /// <summary>The card as indented JSON; the same card always gives the same text.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>Reads a card written by <see cref="ToJson"/>; unknown or missing keys are errors.</summary>
    /// <exception cref="LearningException">The text is not a model card.</exception>
    public static ModelCard FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<ModelCard>(json, Json) ?? throw new LearningException("reading a model card", "the document is null");
        }
        catch (JsonException e)
        {
            throw new LearningException("reading a model card", $"not a model card: {e.Message}");
        }
    }

    /// <summary>The card as Markdown, for a reader.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Model card: {Title}\n\n## Intended use\n\n{IntendedUse}\n\n## Limitations\n\n");
        foreach (var limitation in Limitations)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {limitation}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## Data\n\n- Snapshot: `{Data.Snapshot}` version {Data.Version}, SHA-256 `{Data.Sha256}`\n");
        text.Append(CultureInfo.InvariantCulture, $"- Rows: {Data.Rows}\n- Outcome: `{Data.Label}`{(Data.PositiveClass is null ? string.Empty : $" (positive class `{Data.PositiveClass}`)")}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Features: {string.Join(", ", Data.Features.Select(f => $"`{f}`"))}\n");
        if (Recipe is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Preparation\n\n```json\n{Recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}\n```\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## Model\n\n- Trainer: {Trainer}\n- Seed: {Seed}\n");
        if (Hyperparameters.Count > 0)
        {
            text.Append("\n| hyperparameter | value |\n|---|---|\n");
            foreach (var (name, value) in Hyperparameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {name} | {value} |\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## Evaluation\n\n{Validation}\n\n| metric | estimate | 95% CI |\n|---|---|---|\n");
        foreach (var metric in Metrics)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {metric.Name} | {metric.Estimate:0.000} | {metric.Lower:0.000} – {metric.Upper:0.000} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## Reproducibility\n\n- MedTwin {LibraryVersion}\n");
        if (ModelSha256 is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Model file SHA-256: `{ModelSha256}`\n");
        }

        return text.ToString();
    }
}
