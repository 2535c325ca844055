using MedTwin.Data.Snapshots;
using MedTwin.Physiology.Glucose;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>The 30 virtual patients of the pinned snapshot, read once.</summary>
internal static class VirtualPatients
{
    private static readonly Lazy<VirtualPatientCatalog> Loaded = new(() => new VirtualPatientCatalog(new SnapshotCatalog(RepositoryPaths.Data).Open("uva-padova-patients", 1)));

    public static VirtualPatientCatalog Catalog => Loaded.Value;

    public static VirtualPatient Adult1 => Catalog["adult#001"];
}
