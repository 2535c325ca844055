using MedTwin.Data.Snapshots;
using MedTwin.Learning;
using MedTwin.Learning.Linear;
using MedTwin.Learning.ModelCards;

namespace MedTwin.Tests.Learning.ModelCards;

public sealed class ModelCardFilesTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "medtwin-model-card-" + Path.GetRandomFileName());

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (ModelCard Card, ITrainedModel Model, LearningData Data) Trained()
    {
        var frame = new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data;
        var data = LearningData.FromFrame(frame, "diabetes", LearningTask.BinaryClassification, ["glucose", "mass"], positiveClass: "pos");
        var model = new LogisticRegressionTrainer().Fit(data);
        return (ModelCardTests.Card(), model, data);
    }

    [Fact]
    public void A_written_card_and_model_read_back_to_identical_predictions()
    {
        var (card, model, data) = Trained();

        var written = ModelCardFiles.Write(folder, card, model);
        var (readCard, readModel) = ModelCardFiles.Read(folder);

        Assert.Equal(written.ToJson(), readCard.ToJson());
        Assert.Equal(64, written.ModelSha256!.Length);
        Assert.Equal(model.Predict(data).Select(BitConverter.DoubleToInt64Bits), readModel.Predict(data).Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(written.ToMarkdown(), File.ReadAllText(Path.Combine(folder, ModelCardFiles.MarkdownFile)));
    }

    [Fact]
    public void A_changed_model_file_is_refused_naming_both_hashes()
    {
        var (card, model, _) = Trained();
        var written = ModelCardFiles.Write(folder, card, model);
        var path = Path.Combine(folder, ModelCardFiles.ModelFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"glucose\"", "\"glucose \"", StringComparison.Ordinal));

        var error = Assert.Throws<LearningException>(() => ModelCardFiles.Read(folder));

        Assert.Contains($"the card describes a model with SHA-256 {written.ModelSha256}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_whose_features_are_not_the_models_is_not_written()
    {
        var (card, model, _) = Trained();

        var error = Assert.Throws<LearningException>(() => ModelCardFiles.Write(folder, card with { Data = card.Data with { Features = ["mass", "glucose"] } }, model));

        Assert.Contains("the model takes [glucose, mass]", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());
        Directory.CreateDirectory(folder);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        Directory.CreateDirectory(folder);

        var error = Assert.Throws<LearningException>(() => ModelCardFiles.Read(folder));

        Assert.Contains("'model-card.json' is missing", error.Message, StringComparison.Ordinal);
    }
}
