using System.Globalization;

namespace MedTwin.Learning;

/// <summary>The check every model makes on a row before predicting: one finite value per feature, in its order.</summary>
internal static class FeatureRow
{
    /// <exception cref="ArgumentException">The row does not have one value per feature, or a value is not finite.</exception>
    public static void Require(string trainerName, IReadOnlyList<string> featureNames, ReadOnlySpan<double> features)
    {
        if (features.Length != featureNames.Count)
        {
            throw new ArgumentException(
                $"{trainerName}: expected {featureNames.Count} feature values ({string.Join(", ", featureNames)}); found {features.Length}.", nameof(features));
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (!double.IsFinite(features[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{trainerName}: feature '{featureNames[i]}' must be a finite number; found {features[i]}."), nameof(features));
            }
        }
    }
}
