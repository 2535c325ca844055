using Hl7.Fhir.Model;

namespace MedTwin.Data.Fhir;

/// <summary>
/// Reads primitive values of a possibly partial resource safely: an element whose literal was invalid keeps the raw
/// value (its problem is already reported), so typed getters would throw; these return <c>null</c> instead.
/// </summary>
internal static class FhirText
{
    public const string Loinc = "http://loinc.org";
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>The element's text, or <c>null</c> when it is absent, empty or not text.</summary>
    public static string? Of(PrimitiveType? element) =>
        element?.JsonValue is string text && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>The texts of the elements that have one, joined; <c>null</c> when none has.</summary>
    public static string? Join(IEnumerable<PrimitiveType>? elements, string separator)
    {
        var texts = (elements ?? []).Select(Of).OfType<string>().ToArray();
        return texts.Length == 0 ? null : string.Join(separator, texts);
    }

    /// <summary>The element's decimal value as a double, or <c>null</c> when it is absent or was not a valid decimal.</summary>
    public static double? Number(FhirDecimal? element) =>
        element?.JsonValue is decimal value ? (double)value : null;
}
