using MedTwin.Data.Fhir;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Data.Fhir;

/// <summary>The synthetic bundle committed beside these tests: six made-up patients and 39 observations.</summary>
internal static class FhirFixture
{
    public static string Path { get; } =
        System.IO.Path.Combine(RepositoryPaths.Root, "tests", "MedTwin.Tests", "Data", "Fhir", "Fixtures", "synthetic-fhir-vitals.json");

    /// <summary>The fixture imported once; DataFrames are not mutated by the tests that share it.</summary>
    public static FhirImport Import { get; } = FhirBundleReader.ReadFile(Path);
}
