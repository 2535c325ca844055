using MedTwin.Physiology.Glucose;

namespace MedTwin.Tests.Physiology.Glucose;

/// <summary>Patients are read from the snapshot by name.</summary>
public sealed class VirtualPatientCatalogTests
{
    [Fact]
    public void The_snapshot_holds_30_patients_whose_basal_plasma_glucose_is_gpb_over_vg()
    {
        var catalog = VirtualPatients.Catalog;

        Assert.Equal(30, catalog.Patients.Count);
        Assert.Equal(10, catalog.Names.Count(n => n.StartsWith("adult#", StringComparison.Ordinal)));
        Assert.All(catalog.Patients, p =>
        {
            Assert.Equal(13, p.InitialState.Count);
            Assert.Equal(p.Gb, p.InitialState[(int)UvaPadovaState.PlasmaGlucose] / p.Vg, 4);
        });
    }

    [Fact]
    public void Adult_001_has_its_published_parameters()
    {
        var adult = VirtualPatients.Adult1;

        Assert.Equal("adult#001", adult.Name);
        Assert.Equal(102.32, adult.BodyWeight);
        Assert.Equal(138.56, adult.Gb);
    }
}
