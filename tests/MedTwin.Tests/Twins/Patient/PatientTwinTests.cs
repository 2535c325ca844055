using MedTwin.Twins.Alerts;
using MedTwin.Twins.EarlyWarning;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Patient;
using static MedTwin.Tests.Twins.Patient.WardFeed;

namespace MedTwin.Tests.Twins.Patient;

public sealed class PatientTwinTests
{
    private readonly PatientTwin twin = new("bed-7", new TwinOptions());
    private readonly WardFeed feed;

    public PatientTwinTests() => feed = new WardFeed(twin);

    // Real readings wobble; a perfectly constant monitor is a flat line, which the twin rightly distrusts.
    private IReadOnlyList<TwinUpdate> Round(int i, double respiration = 16, double systolic = 125, double pulse = 75, int consciousness = 0, double temperature = 36.9, double saturation = 96) =>
        feed.Vitals(i, respiration + (i % 2), saturation + (i % 2), 0, systolic + (i % 2), pulse + (i % 3), consciousness, temperature + (0.1 * (i % 2)));

    [Fact]
    public void Each_vital_keeps_its_latest_value_and_its_trend_per_hour()
    {
        for (var i = 0; i <= 10; i++)
        {
            feed.Send(ObservationCodes.HeartRate, 70 + i, "/min", i);
        }

        var pulse = twin.State.Vitals.Single(v => v.Code == ObservationCodes.HeartRate);

        Assert.Equal(80, pulse.Value);
        Assert.Equal(Minute(10), pulse.Time);
        Assert.Equal(60, pulse.TrendPerHour!.Value, 9);
        Assert.Equal(11, pulse.Readings);
        Assert.Null(pulse.Fault);
    }

    [Fact]
    public void News2_is_scored_once_every_parameter_is_current_and_a_red_score_raises_one_alert_with_the_observations_behind_it()
    {
        var partial = feed.Send(ObservationCodes.HeartRate, 75, "/min", 0);
        Assert.Null(twin.State.News2);
        Assert.Empty(partial.Alerts);

        Round(1);
        Assert.Equal(0, twin.State.News2!.Total);
        Assert.Empty(feed.Alerts);

        var updates = Round(2, respiration: 25);

        var alert = Assert.Single(updates.SelectMany(u => u.Alerts));
        Assert.Equal((AlertKind.News2, "news2", AlertTransition.Raised, AlertSeverity.LowMedium), (alert.Kind, alert.Source, alert.Transition, alert.Severity));
        Assert.Equal(News2Risk.LowMedium, twin.State.News2!.Risk);
        Assert.Contains("RespirationRate 25 /min → 3", alert.Reason, StringComparison.Ordinal);
        Assert.Contains("Registered nurse to inform medical team caring for the patient", alert.Reason, StringComparison.Ordinal);
        Assert.Equal(7, alert.Evidence.Count);
        Assert.Contains(alert.Evidence, e => e.Code == ObservationCodes.RespiratoryRate && e.Time == Minute(2));
        Assert.Equal(alert, Assert.Single(twin.State.ActiveAlerts));
    }

    [Fact]
    public void A_score_hovering_at_a_band_edge_raises_one_alert_not_a_flapping_series()
    {
        for (var i = 0; i < 20; i++)
        {
            Round(i, respiration: i % 2 == 0 ? 24 : 25);
        }

        var alert = Assert.Single(feed.Alerts);
        Assert.Equal(AlertTransition.Raised, alert.Transition);
    }

    [Fact]
    public void An_alert_escalates_at_once_and_clears_only_after_a_calmer_picture_has_lasted_three_assessments_and_ten_minutes()
    {
        Round(0, respiration: 25);
        Round(1, respiration: 25, systolic: 95, pulse: 115);
        var escalated = feed.Alerts.Last();
        Assert.Equal((AlertTransition.Escalated, AlertSeverity.High), (escalated.Transition, escalated.Severity));

        var calm = Enumerable.Range(2, 21).SelectMany(i => Round(i)).SelectMany(u => u.Alerts).ToList();

        // From the first calm reading (minute 2) every assessment is below the alert band; it clears ten minutes later.
        Assert.Equal([(AlertTransition.Cleared, AlertSeverity.None, Minute(12))], calm.Select(a => (a.Transition, a.Severity, a.Time)));
        Assert.Empty(twin.State.ActiveAlerts);
    }

    [Fact]
    public void A_flat_lined_saturation_probe_raises_a_sensor_alert_and_suppresses_news2_once_naming_the_sensor()
    {
        for (var i = 0; i < 14; i++)
        {
            feed.Vitals(i, 16 + (i % 2), saturation: 88, systolic: 125 + (i % 2), pulse: 75 + (i % 3), temperature: 36.9 + (0.1 * (i % 2)));
        }

        var sensor = Assert.Single(feed.Alerts, a => a.Kind == AlertKind.SensorFault);
        Assert.Equal(("sensor:59408-5", AlertSeverity.Medium), (sensor.Source, sensor.Severity));
        Assert.Contains("flat line, 12 identical readings of 88 in a row", sensor.Reason, StringComparison.Ordinal);
        var suppressed = Assert.Single(feed.Alerts, a => a.Transition == AlertTransition.Suppressed);
        Assert.Equal("news2", suppressed.Source);
        Assert.Contains("NEWS2 not assessed: SpO2 sensor: flat line", suppressed.Reason, StringComparison.Ordinal);
        Assert.Equal(AlertSeverity.LowMedium, suppressed.Severity); // SpO2 88 on air (a red score) had raised NEWS2 before the line went flat.
        Assert.Contains("flat line", twin.State.Vitals.Single(v => v.Code == ObservationCodes.OxygenSaturation).Fault, StringComparison.Ordinal);
    }

    [Fact]
    public void A_silent_monitor_is_a_dropout_at_the_first_clock_check_past_three_intervals_and_clears_after_ten_minutes_of_good_readings()
    {
        for (var i = 0; i < 5; i++)
        {
            feed.Send(ObservationCodes.HeartRate, 75 + (i % 2), "/min", i);
        }

        Assert.Empty(twin.Tick(Minute(7)).Alerts);
        var dropout = Assert.Single(twin.Tick(Minute(7.5)).Alerts);
        Assert.Empty(twin.Tick(Minute(8)).Alerts);

        Assert.Equal((AlertKind.SensorFault, "sensor:8867-4", AlertTransition.Raised), (dropout.Kind, dropout.Source, dropout.Transition));
        Assert.Contains("dropout, no reading for 3.5 min; expected one every 1 min", dropout.Reason, StringComparison.Ordinal);
        Assert.Equal(Minute(4), Assert.Single(dropout.Evidence).Time);

        // The first reading back is itself reported as ending a gap; good readings from minute 10 clear it ten minutes on.
        var back = Enumerable.Range(9, 15).SelectMany(i => feed.Send(ObservationCodes.HeartRate, 75 + (i % 2), "/min", i).Alerts).ToList();
        Assert.Equal((AlertTransition.Cleared, Minute(20)), (Assert.Single(back).Transition, back[0].Time));
    }

    [Fact]
    public void An_impossible_value_is_a_sensor_fault_and_never_becomes_the_latest_value()
    {
        feed.Send(ObservationCodes.HeartRate, 75, "/min", 0);

        var update = feed.Send(ObservationCodes.HeartRate, 420, "/min", 1);

        Assert.NotNull(update.Accepted);
        Assert.Contains("impossible value, 420 lies outside the plausible range", Assert.Single(update.Alerts).Reason, StringComparison.Ordinal);
        Assert.Equal(75, twin.State.Vitals.Single(v => v.Code == ObservationCodes.HeartRate).Value);
    }

    [Fact]
    public void A_redelivered_reading_is_rejected_as_a_duplicate_and_a_flood_of_them_is_counted_without_changing_the_twin()
    {
        var original = feed.Reading(ObservationCodes.HeartRate, 75, "/min", 0);
        feed.Send(original);
        var before = TwinJson.Write(feed.Reading(ObservationCodes.HeartRate, 76, "/min", 1));

        for (var i = 0; i < 10_000; i++)
        {
            var update = feed.Send(original with { Value = 999 });
            Assert.Equal(RejectionReason.Duplicate, update.Rejection!.Reason);
        }

        var counters = twin.State.Counters;
        Assert.Equal(1, counters.Accepted);
        Assert.Equal(10_000, counters.Rejected.Single(r => r.Key == RejectionReason.Duplicate).Value);
        Assert.Equal(75, twin.State.Vitals.Single(v => v.Code == ObservationCodes.HeartRate).Value);
        Assert.NotEmpty(before);
    }

    [Fact]
    public void A_sequence_number_too_far_behind_to_tell_is_rejected_as_stale_while_a_recent_gap_is_still_taken()
    {
        Observation At(long sequence, double minute) => new(twin.PatientId, ObservationCodes.HeartRate, 75, "/min", Minute(minute), "monitor-1", sequence);
        feed.Send(At(2000, 10));

        Assert.Equal(RejectionReason.Stale, feed.Send(At(976, 9)).Rejection!.Reason);
        Assert.True(feed.Send(At(1990, 9)).IsLate);
        Assert.Equal(RejectionReason.Duplicate, feed.Send(At(1990, 9)).Rejection!.Reason);
    }

    [Fact]
    public void A_reading_older_than_its_streams_latest_is_kept_and_counted_as_late_without_moving_the_latest_value()
    {
        feed.Send(ObservationCodes.HeartRate, 75, "/min", 5);

        var late = feed.Send(ObservationCodes.HeartRate, 140, "/min", 2);

        Assert.True(late.IsLate);
        Assert.Empty(late.Alerts);
        var state = twin.State;
        Assert.Equal((2, 1), (state.Counters.Accepted, state.Counters.Late));
        Assert.Equal(75, state.Vitals.Single(v => v.Code == ObservationCodes.HeartRate).Value);
    }

    public static TheoryData<string, Observation, RejectionReason, string> BadObservations => new()
    {
        { "unknown code", new("bed-7", "1234-5", 1, "/min", Start, "m", 1), RejectionReason.UnknownCode, "code '1234-5' is not one this twin knows" },
        { "unit of another dimension", new("bed-7", ObservationCodes.HeartRate, 75, "kg", Start, "m", 1), RejectionReason.WrongUnit, "unit 'kg' of 8867-4 (Pulse) cannot be converted to /min" },
        { "unit that is not UCUM", new("bed-7", ObservationCodes.HeartRate, 75, "bpm!", Start, "m", 1), RejectionReason.WrongUnit, "unit 'bpm!'" },
        { "NaN", new("bed-7", ObservationCodes.HeartRate, double.NaN, "/min", Start, "m", 1), RejectionReason.NotFinite, "value of 8867-4 (Pulse) is NaN" },
        { "infinity", new("bed-7", ObservationCodes.BodyTemperature, double.PositiveInfinity, "Cel", Start, "m", 1), RejectionReason.NotFinite, "is Infinity" },
        { "far future", new("bed-7", ObservationCodes.HeartRate, 75, "/min", Start.AddDays(365), "m", 1), RejectionReason.FutureTime, "lies 525600 min after the clock" },
        { "another patient", new("bed-8", ObservationCodes.HeartRate, 75, "/min", Start, "m", 1), RejectionReason.UnknownPatient, "patient 'bed-8' sent to the twin of 'bed-7'" },
        { "fractional ACVPU", new("bed-7", ObservationCodes.Consciousness, 1.5, "{ACVPU}", Start, "m", 1), RejectionReason.Malformed, "is a code and must be a whole number; found 1.5" },
        { "empty device", new("bed-7", ObservationCodes.HeartRate, 75, "/min", Start, " ", 1), RejectionReason.Malformed, "deviceId must not be empty" },
    };

    [Theory]
    [MemberData(nameof(BadObservations))]
    public void Bad_observations_are_rejected_with_a_counted_reason_naming_what_was_found(string what, Observation observation, RejectionReason reason, string detail)
    {
        var update = twin.Accept(observation, Start);

        Assert.True(update.Rejection is not null, what);
        Assert.Equal(reason, update.Rejection.Reason);
        Assert.Contains(detail, update.Rejection.Detail, StringComparison.Ordinal);
        Assert.Null(update.Accepted);
        Assert.Equal(1, twin.State.Counters.Rejected.Single(r => r.Key == reason).Value);
        Assert.Equal(0, twin.State.Counters.Accepted);
    }

    [Fact]
    public void Units_are_normalised_on_arrival_to_the_codes_unit()
    {
        var temperature = feed.Send(ObservationCodes.BodyTemperature, 98.6, "[degF]", 0).Accepted!;
        var glucose = feed.Send(ObservationCodes.Glucose, 7, "mmol/L", 0).Accepted!;

        Assert.Equal(("Cel", 37.0), (temperature.Unit, Math.Round(temperature.Value, 9)));
        Assert.Equal("mg/dL", glucose.Unit);
        Assert.Equal(7 * 180.156 / 10, glucose.Value, 2);
    }

    [Fact]
    public void A_clock_skew_within_the_allowance_is_accepted()
    {
        var update = twin.Accept(new("bed-7", ObservationCodes.HeartRate, 75, "/min", Start.AddMinutes(4), "m", 1), Start);

        Assert.NotNull(update.Accepted);
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_outputs_and_state()
    {
        static string Run()
        {
            var twin = new PatientTwin("bed-7", new TwinOptions());
            var feed = new WardFeed(twin);
            for (var i = 0; i < 30; i++)
            {
                feed.Vitals(i, 16 + (i / 3), 97 - (i / 6) + (i % 2), 0, 125 - i + (i % 2), 75 + i + (i % 3), i > 20 ? 1 : 0, 36.9 + (i * 0.05));
            }

            twin.Tick(Minute(40));
            var outputs = feed.Updates.SelectMany(u => u.Alerts).Select(TwinJson.Write);
            return string.Join("\n", outputs) + "\n" + System.Text.Json.JsonSerializer.Serialize(twin.State);
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Options_that_cannot_work_are_refused_naming_the_option()
    {
        var withoutPulse = new TwinOptions { Codes = [.. ObservationCodes.BuiltIn.Where(c => c.Code != ObservationCodes.HeartRate)] };

        Assert.Contains("8867-4 is missing", Assert.Throws<ArgumentException>(() => new PatientTwin("p", withoutPulse)).Message, StringComparison.Ordinal);
        Assert.Equal("MaximumClockSkew", Assert.Throws<ArgumentOutOfRangeException>(() => new PatientTwin("p", new TwinOptions { MaximumClockSkew = TimeSpan.FromSeconds(-1) })).ParamName);
        Assert.Equal("Assessments", Assert.Throws<ArgumentOutOfRangeException>(() => new PatientTwin("p", new TwinOptions { Settling = new(0, TimeSpan.Zero) })).ParamName);
        Assert.Throws<ArgumentException>(() => new PatientTwin(" ", new TwinOptions()));
        Assert.Contains("listed twice", Assert.Throws<ArgumentException>(() => new PatientTwin("p", new TwinOptions { Codes = [.. ObservationCodes.BuiltIn, ObservationCodes.BuiltIn[0]] })).Message, StringComparison.Ordinal);
    }
}
