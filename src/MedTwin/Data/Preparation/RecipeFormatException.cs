namespace MedTwin.Data.Preparation;

/// <summary>A recipe's JSON is malformed: invalid JSON, an unknown step or key, a missing or null value.</summary>
public sealed class RecipeFormatException : Exception
{
    internal RecipeFormatException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
