using System.Security.Cryptography;
using System.Text;
using MedTwin.Reproducibility;

namespace MedTwin.Learning.ModelCards;

/// <summary>
/// A model card and its model as files in one folder: <c>model.json</c> (the model, <see cref="TrainedModelJson"/>),
/// <c>model-card.json</c> and <c>model-card.md</c>. The card records the model file's SHA-256, checked on loading.
/// </summary>
public static class ModelCardFiles
{
    /// <summary>The saved model's file name.</summary>
    public const string ModelFile = "model.json";

    /// <summary>The card's JSON file name.</summary>
    public const string CardFile = "model-card.json";

    /// <summary>The card's Markdown file name.</summary>
    public const string MarkdownFile = "model-card.md";

    /// <summary>
    /// Writes the model and its card (with the model's hash filled in) to <paramref name="folder"/>, each file replaced whole
    /// or not at all; returns the card as written.
    /// </summary>
    /// <exception cref="LearningException">The card's features are not the model's.</exception>
    public static ModelCard Write(string folder, ModelCard card, ITrainedModel model)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(model);
        if (!card.Data.Features.SequenceEqual(model.FeatureNames, StringComparer.Ordinal))
        {
            throw new LearningException(
                "writing a model card",
                $"the card lists features [{string.Join(", ", card.Data.Features)}]; the model takes [{string.Join(", ", model.FeatureNames)}]");
        }

        Directory.CreateDirectory(folder);
        var modelText = TrainedModelJson.Save(model);
        var written = card with { ModelSha256 = Hash(modelText) };
        AtomicFile.WriteText(Path.Combine(folder, ModelFile), modelText);
        AtomicFile.WriteText(Path.Combine(folder, CardFile), written.ToJson());
        AtomicFile.WriteText(Path.Combine(folder, MarkdownFile), written.ToMarkdown());
        return written;
    }

    /// <summary>Reads a card and its model from <paramref name="folder"/>, checking the model file against the card's hash first.</summary>
    /// <exception cref="LearningException">A file is missing or malformed, or the model file is not the one the card describes.</exception>
    public static (ModelCard Card, ITrainedModel Model) Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        const string Operation = "reading a model card";
        var cardPath = Path.Combine(folder, CardFile);
        var modelPath = Path.Combine(folder, ModelFile);
        foreach (var path in new[] { cardPath, modelPath })
        {
            if (!File.Exists(path))
            {
                throw new LearningException(Operation, $"'{Path.GetFileName(path)}' is missing from the model folder '{folder}'");
            }
        }

        var card = ModelCard.FromJson(File.ReadAllText(cardPath, Utf8));
        var modelText = File.ReadAllText(modelPath, Utf8);
        var hash = Hash(modelText);
        if (card.ModelSha256 != hash)
        {
            throw new LearningException(Operation, $"'{ModelFile}' has SHA-256 {hash}, but the card describes a model with SHA-256 {card.ModelSha256 ?? "(none)"}; the model file was changed or replaced");
        }

        return (card, TrainedModelJson.Load(modelText));
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Utf8.GetBytes(text)));
}
