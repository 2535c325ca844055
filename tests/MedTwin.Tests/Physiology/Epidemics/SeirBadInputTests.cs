using MedTwin.Physiology.Epidemics;

namespace MedTwin.Tests.Physiology.Epidemics;

/// <summary>Invalid parameters are refused with an exception naming the parameter.</summary>
public sealed class SeirBadInputTests
{
    public static TheoryData<Action, string> BadValues => new()
    {
        { () => _ = new SeirParameters { TransmissionRate = -0.1, LatentPeriod = 3, InfectiousPeriod = 5, Population = 100 }, "TransmissionRate" },
        { () => _ = new SeirParameters { TransmissionRate = 0.5, LatentPeriod = double.NaN, InfectiousPeriod = 5, Population = 100 }, "LatentPeriod" },
        { () => _ = new SeirParameters { TransmissionRate = 0.5, LatentPeriod = 3, InfectiousPeriod = 0, Population = 100 }, "InfectiousPeriod" },
        { () => _ = new SeirParameters { TransmissionRate = 0.5, LatentPeriod = 3, InfectiousPeriod = 5, Population = -100 }, "Population" },
        { () => _ = new SeirParameters { TransmissionRate = 0.5, LatentPeriod = 3, InfectiousPeriod = 5, Population = 100, InfectionFatalityRatio = 1.5 }, "InfectionFatalityRatio" },
        { () => SeirParameters.FromBasicReproductionNumber(-2, 3, 5, 100), "basicReproductionNumber" },
        { () => _ = new VaccinationProgram { Efficacy = 1.2 }, "Efficacy" },
        { () => _ = new VaccinationProgram { Efficacy = -0.1 }, "Efficacy" },
        { () => _ = new VaccinationProgram { Efficacy = double.NaN }, "Efficacy" },
        { () => _ = new VaccinationProgram { Efficacy = 0.9, PreEpidemicCoverage = 1.01 }, "PreEpidemicCoverage" },
        { () => _ = new VaccinationProgram { Efficacy = 0.9, WaningPeriod = 0 }, "WaningPeriod" },
        { () => _ = new VaccinationProgram { Efficacy = 0.9, EfficacyModel = (VaccineEfficacyModel)7 }, "EfficacyModel" },
        { () => _ = new VaccinationCampaign(-1, 10, 100), "startDay" },
        { () => _ = new VaccinationCampaign(10, 5, 100), "endDay" },
        { () => _ = new VaccinationCampaign(0, 10, -100), "dosesPerDay" },
        { () => _ = new SeirScenario { InitialInfectious = -1 }, "InitialInfectious" },
        { () => _ = new SeirScenario { Days = 0 }, "Days" },
        { () => _ = new SeirScenario { OutputInterval = double.NaN }, "OutputInterval" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void An_invalid_value_is_refused_naming_it(Action create, string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);

        Assert.Equal(name, error.ParamName);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_initially_infected_than_the_population_is_refused()
    {
        var model = new SeirModel(SeirParameters.FromBasicReproductionNumber(2, 3, 5, 100));

        var error = Assert.Throws<ArgumentException>(() => model.Simulate(new SeirScenario { InitialInfectious = 60, InitialExposed = 50 }));

        Assert.Contains("exceeds the population 100", error.Message, StringComparison.Ordinal);
    }
}
