using System.Globalization;

namespace MedTwin.Data.Deidentification;

/// <summary>
/// Pseudonyms for every patient key of the tables de-identified together: the keys, sorted, are shuffled by a seeded
/// stream and numbered, so a pseudonym is not derived from the key it replaces (45 CFR 164.514(c)).
/// </summary>
internal sealed class PatientPseudonyms
{
    private readonly Dictionary<string, string> pseudonyms;

    public PatientPseudonyms(IEnumerable<string> keys, int seed)
    {
        var shuffled = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var stream = SeededStream.Create(seed, "deidentification/pseudonyms");
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = stream.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        var width = Math.Max(3, shuffled.Length.ToString(CultureInfo.InvariantCulture).Length);
        pseudonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < shuffled.Length; i++)
        {
            pseudonyms[shuffled[i]] = "patient-" + (i + 1).ToString(new string('0', width), CultureInfo.InvariantCulture);
        }
    }

    public string Of(string key) => pseudonyms[key];
}
