using MedTwin.Data.Snapshots;
using MedTwin.Learning;
using MedTwin.Learning.Linear;
using MedTwin.Physiology.Controllers;
using MedTwin.Tests.Learning.ModelCards;
using MedTwin.Tests.Physiology.Glucose;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.Faults;
using MedTwin.Twins.Mechanistic;
using MedTwin.Twins.Monitors;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;
using static MedTwin.Tests.Twins.Patient.WardFeed;

namespace MedTwin.Tests.Twins.Patient;

/// <summary>A twin with a controller, a mechanistic model and a trained model attached.</summary>
public sealed class PatientTwinAttachmentTests
{
    // The patient's steady-state basal, to the 0.05 U/h a pump can deliver.
    private static double Basal => Math.Round(VirtualPatients.Adult1.BasalUnitsPerMinute * 60 / 0.05) * 0.05;

    private static GlucoseTwinModel Model() => new(VirtualPatients.Adult1, Start, [], Basal);

    [Fact]
    public void A_controller_proposes_an_action_for_each_glucose_reading_within_its_limits_citing_the_reading()
    {
        var limits = new ControllerSafetyLimits { MaximumBasalUnitsPerHour = 2 };
        var twin = new PatientTwin("bed-3", new TwinOptions
        {
            Controller = new ControllerOptions { Controller = new PidController(new PidControllerOptions { BasalUnitsPerHour = Basal, Limits = limits }), Name = "pid" },
        });
        var feed = new WardFeed(twin);

        var actions = Enumerable.Range(0, 12).SelectMany(i => feed.Send(ObservationCodes.Glucose, 140 + (15 * i), "mg/dL", 5 * i).Actions).ToList();

        Assert.Equal(12, actions.Count);
        Assert.All(actions, a => Assert.InRange(a.BasalUnitsPerHour, 0, 2));
        Assert.Contains(actions, a => a.WasLimited && a.Reason.Contains("limited to 2 U/h", StringComparison.Ordinal));
        Assert.Equal((Minute(55), ObservationCodes.Glucose, "pid"), (actions[^1].Time, Assert.Single(actions[^1].Evidence).Code, actions[^1].Controller));
        Assert.Equal(12, twin.State.Counters.Actions);
    }

    [Fact]
    public void A_controller_proposes_nothing_while_its_sensor_is_faulted_and_the_state_says_the_loop_is_paused()
    {
        var twin = new PatientTwin("bed-3", new TwinOptions
        {
            Controller = new ControllerOptions { Controller = new PidController(new PidControllerOptions { BasalUnitsPerHour = Basal }), Name = "pid" },
        });
        var feed = new WardFeed(twin);
        feed.Send(ObservationCodes.Glucose, 150, "mg/dL", 0);

        var jump = feed.Send(ObservationCodes.Glucose, 300, "mg/dL", 5);

        Assert.Equal(AlertKind.SensorFault, Assert.Single(jump.Alerts).Kind);
        Assert.Empty(jump.Actions);
        Assert.True(twin.State.ControllerPaused);
    }

    [Fact]
    public void A_mechanistic_model_that_follows_the_patient_raises_nothing_and_one_that_departs_beyond_its_bound_raises_a_divergence_alert()
    {
        var twin = new PatientTwin("bed-4", new TwinOptions { Divergence = new DivergenceOptions { Model = Model(), Bound = 45 } });
        var feed = new WardFeed(twin);
        var patient = Model();

        // The patient is the model for two hours (CGM rounding and a 1 mg/dL wobble aside: a still CGM is a flat line), then something the model does not know (an
        // undeclared meal) lifts glucose by 20 mg/dL every 5 minutes.
        var alerts = new List<TwinAlert>();
        for (var i = 0; i <= 36; i++)
        {
            var glucose = Math.Round(patient.PredictAt(Minute(5 * i))) + (i % 2) + (i > 24 ? 20 * (i - 24) : 0);
            alerts.AddRange(feed.Send(ObservationCodes.Glucose, glucose, "mg/dL", 5 * i).Alerts);
        }

        var divergence = Assert.Single(alerts);
        Assert.Equal((AlertKind.Divergence, "divergence:99504-3", AlertTransition.Raised), (divergence.Kind, divergence.Source, divergence.Transition));
        Assert.Equal(Minute(5 * 27), divergence.Time);
        Assert.Contains("(bound ±45)", divergence.Reason, StringComparison.Ordinal);
        var state = twin.State.Mechanistic!;
        Assert.True(state.Residual > 200, $"residual {state.Residual}");
        Assert.Equal(state.Observed - state.Predicted, state.Residual, 12);
        Assert.Equal(13, state.Variables.Count);
    }

    [Fact]
    public void A_trained_models_risk_raises_an_alert_at_its_threshold_and_holds_it_inside_the_hysteresis_band()
    {
        var frame = new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data;
        var model = new LogisticRegressionTrainer().Fit(LearningData.FromFrame(frame, "diabetes", LearningTask.BinaryClassification, ["glucose", "mass"], positiveClass: "pos"));
        const string BodyMassIndex = "39156-5";
        var twin = new PatientTwin("bed-5", new TwinOptions
        {
            Codes = [.. ObservationCodes.BuiltIn, new ObservationCode(BodyMassIndex, "BMI", "kg/m2", new SensorFaultOptions { ExpectedInterval = TimeSpan.FromDays(1), PlausibleLow = 10, PlausibleHigh = 80, MaximumChangePerMinute = 1, FlatLineReadings = int.MaxValue })],
            ModelRisk = new ModelRiskOptions
            {
                Card = ModelCardTests.Card(),
                Model = model,
                FeatureCodes = new Dictionary<string, string> { ["glucose"] = ObservationCodes.Glucose, ["mass"] = BodyMassIndex },
                RaiseAt = 0.7,
                ClearBelow = 0.5,
            },
        });
        var feed = new WardFeed(twin);
        feed.Send(BodyMassIndex, 40, "kg/m2", 0, "scale");

        // Glucose climbs to a risk above 0.7, then falls back, 5 mg/dL a reading, to one between 0.5 and 0.7: the alert stays.
        var inBand = Enumerable.Range(60, 140).Select(g => (double)g).First(g => model.Predict([g, 40]) >= 0.6);
        Assert.True(model.Predict([200, 40]) >= 0.7);
        var glucoseLevels = new[] { 120.0, 150, 180, 200 }.Concat(Enumerable.Range(1, 100).Select(k => 200 - (5.0 * k)).TakeWhile(g => g >= inBand)).ToList();
        var alerts = glucoseLevels.SelectMany((glucose, i) => feed.Send(ObservationCodes.Glucose, glucose, "mg/dL", 5 * (i + 1)).Alerts).ToList();

        var raised = Assert.Single(alerts);
        Assert.Equal(("model:Pima diabetes risk", AlertTransition.Raised), (raised.Source, raised.Transition));
        Assert.Contains("raised at 0.7, clear below 0.5", raised.Reason, StringComparison.Ordinal);
        var risk = twin.State.ModelRisk!;
        Assert.Equal(model.Predict([glucoseLevels[^1], 40]), risk.Risk, 15);
        Assert.InRange(risk.Risk, 0.5, 0.7);
        Assert.Contains(twin.State.ActiveAlerts, a => a.Kind == AlertKind.ModelRisk);
    }

    [Fact]
    public void Attachments_that_do_not_fit_the_twin_are_refused_naming_what()
    {
        var frame = new SnapshotCatalog(RepositoryPaths.Data).Open("pima-diabetes", 1).Data;
        var model = new LogisticRegressionTrainer().Fit(LearningData.FromFrame(frame, "diabetes", LearningTask.BinaryClassification, ["glucose", "mass"], positiveClass: "pos"));
        var risk = new ModelRiskOptions { Card = ModelCardTests.Card(), Model = model, FeatureCodes = new Dictionary<string, string> { ["glucose"] = ObservationCodes.Glucose }, RaiseAt = 0.7, ClearBelow = 0.5 };

        Assert.Contains("feature 'mass' has no observation code", Assert.Throws<ArgumentException>(() => new PatientTwin("p", new TwinOptions { ModelRisk = risk })).Message, StringComparison.Ordinal);
        Assert.Contains("ClearBelow at most RaiseAt", Assert.Throws<ArgumentException>(() => new PatientTwin("p", new TwinOptions { ModelRisk = risk with { FeatureCodes = new Dictionary<string, string> { ["glucose"] = ObservationCodes.Glucose, ["mass"] = ObservationCodes.HeartRate }, ClearBelow = 0.9 } })).Message, StringComparison.Ordinal);
        Assert.Equal("Bound", Assert.Throws<ArgumentOutOfRangeException>(() => new PatientTwin("p", new TwinOptions { Divergence = new DivergenceOptions { Model = Model(), Bound = double.NaN } })).ParamName);
        Assert.Contains("which the twin does not take", Assert.Throws<ArgumentException>(() => new PatientTwin("p", new TwinOptions { Controller = new ControllerOptions { Controller = new PidController(new PidControllerOptions { BasalUnitsPerHour = 1 }), Name = "pid", Code = "0000-0" } })).Message, StringComparison.Ordinal);
        Assert.Equal("basalUnitsPerHour", Assert.Throws<ArgumentOutOfRangeException>(() => new GlucoseTwinModel(VirtualPatients.Adult1, Start, [], -1)).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => Model().PredictAt(Start.AddMinutes(-1))).ParamName);
    }
}
