using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// <c>#r "nuget: MedTwin, x.y.z"</c>: the kernel runs on the MedTwin library it was built with, so a notebook gets
/// exactly that version or a clear error — a paper pinned to one version must never silently run another.
/// In Polyglot Notebooks the same directive restores the package from the repository's pack output.
/// </summary>
internal static class MedTwinPackage
{
    public static bool Matches(PackageRequest request) => string.Equals(request.Id, "MedTwin", StringComparison.OrdinalIgnoreCase);

    public static void CheckVersion(PackageRequest request)
    {
        if (request.Version != LibraryInfo.Version)
        {
            throw new CellDirectiveException(
                $"the notebook pins MedTwin {request.Version}, but this medtwin runs MedTwin {LibraryInfo.InformationalVersion}. "
                + $"Run it with medtwin {request.Version}, or change the pin after checking the results still hold.");
        }
    }
}
