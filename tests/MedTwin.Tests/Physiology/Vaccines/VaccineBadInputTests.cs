using MedTwin.Physiology.Vaccines;

namespace MedTwin.Tests.Physiology.Vaccines;

/// <summary>Invalid kinetics, curves and schedules are refused with an exception naming the value.</summary>
public sealed class VaccineBadInputTests
{
    private static readonly AntibodyKinetics Kinetics = new() { BaselineTitre = 1, FoldRisePerDose = 10, DaysToPeak = 14, HalfLife = 100 };

    public static TheoryData<Action, string> BadValues => new()
    {
        { () => _ = Kinetics with { BaselineTitre = 0 }, "BaselineTitre" },
        { () => _ = Kinetics with { BaselineTitre = double.NaN }, "BaselineTitre" },
        { () => _ = Kinetics with { FoldRisePerDose = 0.5 }, "FoldRisePerDose" },
        { () => _ = Kinetics with { DaysToPeak = -1 }, "DaysToPeak" },
        { () => _ = Kinetics with { HalfLife = -100 }, "HalfLife" },
        { () => _ = Kinetics with { CeilingTitre = 0 }, "CeilingTitre" },
        { () => Kinetics.After([0, -7]), "doseDays" },
        { () => Kinetics.After([]), "doseDays" },
        { () => Kinetics.After([0]).At(-1), "day" },
        { () => _ = new ProtectionCurve { FiftyPercentProtectiveTitre = -0.2, Slope = 3 }, "FiftyPercentProtectiveTitre" },
        { () => _ = new ProtectionCurve { FiftyPercentProtectiveTitre = 0.2, Slope = double.NaN }, "Slope" },
        { () => ProtectionCurve.KhouryAgainstSevereInfection.Protection(-1), "titre" },
        { () => BoosterTiming.Compare(Kinetics, ProtectionCurve.KhouryAgainstSevereInfection, [new("x", [0])], 1.5, 365), "protection" },
        { () => BoosterTiming.Compare(Kinetics, ProtectionCurve.KhouryAgainstSevereInfection, [new("x", [0])], 0.5, 0), "horizon" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void An_invalid_value_is_refused_naming_it(Action act, string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(act);

        Assert.Equal(name, error.ParamName);
    }
}
