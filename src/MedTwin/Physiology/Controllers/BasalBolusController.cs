using System.Globalization;

namespace MedTwin.Physiology.Controllers;

/// <summary>
/// Basal–bolus therapy as the reference controller, as a patient doses it (and as simglucose's BBController): the basal
/// rate all the time, and with each announced meal a bolus = carbs/CR + correction, where the correction is
/// (G − target)/CF when the CGM reading is above target. With <see cref="BasalBolusOptions.SubtractInsulinOnBoard"/>
/// the correction is reduced by the insulin on board from this controller's earlier boluses, but not below zero: on-board
/// insulin never reduces the meal part. Between meals no correction is given. Boluses are taken as delivered in full.
/// </summary>
public sealed class BasalBolusController : IGlucoseController
{
    private readonly BasalBolusOptions options;
    private readonly ControllerInputValidator inputValidator = new();
    private readonly LinearInsulinOnBoard insulinOnBoard;

    /// <summary>A controller with the patient's settings and limits.</summary>
    public BasalBolusController(BasalBolusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        insulinOnBoard = new LinearInsulinOnBoard(options.Settings.InsulinActionMinutes);
    }

    /// <inheritdoc />
    public ControllerSafetyLimits Limits => options.Limits;

    /// <inheritdoc />
    public InsulinProposal Propose(ControllerInput input)
    {
        inputValidator.Accept(input);
        var settings = options.Settings;
        if (input.AnnouncedCarbsGrams == 0)
        {
            return Limits.Bound(input.TimeMinutes, settings.BasalUnitsPerHour, 0, "scheduled basal; no meal announced");
        }

        var meal = input.AnnouncedCarbsGrams / settings.CarbRatioGramsPerUnit;
        var correction = Math.Max(0, (input.CgmMgPerDl - settings.TargetMgPerDl) / settings.CorrectionFactorMgPerDlPerUnit);
        var onBoard = options.SubtractInsulinOnBoard ? insulinOnBoard.At(input.TimeMinutes) : 0;
        var netCorrection = Math.Max(0, correction - onBoard);
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"meal {input.AnnouncedCarbsGrams:0.#} g / CR {settings.CarbRatioGramsPerUnit:0.##} = {meal:0.###} U; correction ({input.CgmMgPerDl:0.#} - {settings.TargetMgPerDl:0.#}) / CF {settings.CorrectionFactorMgPerDlPerUnit:0.##} = {correction:0.###} U, minus IOB {onBoard:0.###} U = {netCorrection:0.###} U");
        var proposal = Limits.Bound(input.TimeMinutes, settings.BasalUnitsPerHour, meal + netCorrection, reason);
        insulinOnBoard.Add(input.TimeMinutes, proposal.BolusUnits);
        return proposal;
    }
}
