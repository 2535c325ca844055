using MedTwin.Data.Fhir;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Data.Fhir;

/// <summary>The pinned synthetic bundle (snapshot synthetic-fhir-vitals v1): six made-up patients and 39 observations.</summary>
internal static class FhirFixture
{
    public static string Path { get; } =
        System.IO.Path.Combine(RepositoryPaths.Data, "synthetic-fhir-vitals", "1", "bundle.json");

    /// <summary>The fixture imported once; DataFrames are not mutated by the tests that share it.</summary>
    public static FhirImport Import { get; } = FhirBundleReader.ReadFile(Path);
}
