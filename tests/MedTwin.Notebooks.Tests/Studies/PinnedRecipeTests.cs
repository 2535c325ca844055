using MedTwin.Data.Preparation;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Tests.Studies;

/// <summary>The Pima cleaning recipe that later studies load is the one notebook 01 declares and reports.</summary>
public sealed class PinnedRecipeTests
{
    private static readonly string RecipePath = Path.Combine(RepositoryPaths.Root, "notebooks", "recipes", "pima-cleaning.json");

    [Fact]
    public void The_pinned_pima_recipe_is_the_one_notebook_01_prints()
    {
        var notebook = NotebookReader.Read(Path.Combine(RepositoryPaths.Root, "notebooks", "01-data-preparation.ipynb"));
        var printed = notebook.Cells
            .Single(cell => cell.Code.Contains("recipe.ToJson()", StringComparison.Ordinal))
            .Outputs.OfType<StreamOutput>().Single().Text;

        // The cell writes ToJson()'s text with Console.WriteLine, which adds one more line break.
        Assert.Equal(printed, File.ReadAllText(RecipePath) + "\n");
    }

    [Fact]
    public void The_pinned_pima_recipe_reads_back_to_the_same_text()
    {
        var text = File.ReadAllText(RecipePath);

        Assert.Equal(text, PreparationRecipe.FromJson(text).ToJson());
    }
}
