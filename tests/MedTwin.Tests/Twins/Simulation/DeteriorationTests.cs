using MedTwin.Twins.EarlyWarning;
using MedTwin.Twins.Observations;
using MedTwin.Twins.Simulation;
using static MedTwin.Tests.Twins.Simulation.SimulatedPatients;

namespace MedTwin.Tests.Twins.Simulation;

/// <summary>A patient's true course, and the deterioration as its sensors report it.</summary>
public sealed class DeteriorationTests
{
    private static News2Score ScoreOfLatest(IReadOnlyList<Observation> observations)
    {
        double Latest(string code) => observations.Last(o => o.Code == code).Value;
        return News2.Score(new News2Observations
        {
            RespirationRate = Latest(ObservationCodes.RespiratoryRate),
            OxygenSaturation = Latest(ObservationCodes.OxygenSaturation),
            OnOxygen = Latest(ObservationCodes.InhaledOxygenFlow) > 0,
            SystolicBloodPressure = Latest(ObservationCodes.SystolicBloodPressure),
            Pulse = Latest(ObservationCodes.HeartRate),
            Consciousness = (Consciousness)(int)Latest(ObservationCodes.Consciousness),
            Temperature = Latest(ObservationCodes.BodyTemperature),
        });
    }

    [Fact]
    public void A_healthy_adult_scores_zero()
    {
        Assert.Equal(0, News2.Score(VitalSigns.HealthyAdult.ToNews2Observations()).Total);
    }

    [Fact]
    public void A_change_moves_linearly_from_the_value_at_its_start_and_then_stays()
    {
        var trajectory = new VitalSignsTrajectory(VitalSigns.HealthyAdult, [new(ObservationCodes.HeartRate, TimeSpan.FromHours(1), TimeSpan.FromHours(2), 115)]);

        Assert.Equal(75, trajectory.At(TimeSpan.FromHours(1)).HeartRate);
        Assert.Equal(95, trajectory.At(TimeSpan.FromHours(2)).HeartRate);
        Assert.Equal(115, trajectory.At(TimeSpan.FromHours(3)).HeartRate);
        Assert.Equal(115, trajectory.At(TimeSpan.FromHours(30)).HeartRate);
        Assert.Equal(VitalSigns.HealthyAdult with { HeartRate = 115 }, trajectory.At(TimeSpan.FromHours(4)));
    }

    [Fact]
    public void The_sepsis_like_course_climbs_from_zero_through_the_medium_band_to_a_high_score()
    {
        var trajectory = new SepsisLikeCourse().ToTrajectory();

        int Score(double hours) => News2.Score(trajectory.At(TimeSpan.FromHours(hours)).ToNews2Observations()).Total;

        var hourly = Enumerable.Range(0, 13).Select(hour => Score(hour)).ToList();

        Assert.Equal(0, Score(2));
        Assert.Contains(hourly, score => score is 5 or 6);
        Assert.Equal(15, Score(10));
        var late = trajectory.At(TimeSpan.FromHours(10));
        Assert.Equal(Consciousness.NewConfusion, late.Consciousness);
        Assert.Equal(2, late.OxygenFlow);
        Assert.Equal(94, late.OxygenSaturation);
    }

    [Fact]
    public void The_sensors_of_a_deteriorating_patient_give_a_late_score_of_seven_or_more()
    {
        var patient = new SimulatedPatient(Options() with { Vitals = new SepsisLikeCourse().ToTrajectory() });

        var early = patient.Advance(At(60));
        var late = patient.Advance(At(11 * 60));

        Assert.True(ScoreOfLatest(early).Total <= 2, $"early score {ScoreOfLatest(early).Total}");
        Assert.True(ScoreOfLatest(late).Total >= 7, $"late score {ScoreOfLatest(late).Total}");
        Assert.Equal(Consciousness.NewConfusion, patient.TrueVitals.Consciousness);
        Assert.Equal(1, late.Last(o => o.Code == ObservationCodes.Consciousness).Value);
    }

    [Fact]
    public void Bad_courses_are_refused_naming_the_change_and_what_is_wrong()
    {
        var baseline = VitalSigns.HealthyAdult;
        var hour = TimeSpan.FromHours(1);

        Assert.Contains("Change [0] of Systolic BP's value must be a finite value from 0 to 375 mm[Hg]; found 500", Assert.Throws<ArgumentOutOfRangeException>(() => new VitalSignsTrajectory(baseline, [new(ObservationCodes.SystolicBloodPressure, hour, hour, 500)])).Message);
        Assert.Contains("baseline's SpO2", Assert.Throws<ArgumentOutOfRangeException>(() => new VitalSignsTrajectory(baseline with { OxygenSaturation = double.NaN })).Message);
        Assert.Contains("'99504-3', which is not a vital sign", Assert.Throws<ArgumentException>(() => new VitalSignsTrajectory(baseline, [new(ObservationCodes.Glucose, hour, hour, 100)])).Message);
        Assert.Contains("changes in a step", Assert.Throws<ArgumentOutOfRangeException>(() => new VitalSignsTrajectory(baseline, [new(ObservationCodes.Consciousness, hour, hour, 1)])).Message);
        Assert.Contains("whole ACVPU level", Assert.Throws<ArgumentOutOfRangeException>(() => new VitalSignsTrajectory(baseline, [new(ObservationCodes.Consciousness, hour, TimeSpan.Zero, 1.5)])).Message);
        Assert.Contains("before the simulation starts", Assert.Throws<ArgumentOutOfRangeException>(() => new VitalSignsTrajectory(baseline, [new(ObservationCodes.HeartRate, -hour, hour, 90)])).Message);
        Assert.Contains("a duration is zero or positive", Assert.Throws<ArgumentOutOfRangeException>(() => new VitalSignsTrajectory(baseline, [new(ObservationCodes.HeartRate, hour, -hour, 90)])).Message);
        Assert.Contains("Change [1] is null", Assert.Throws<ArgumentException>(() => new VitalSignsTrajectory(baseline, [new(ObservationCodes.HeartRate, hour, hour, 90), null!])).Message);
        Assert.Contains("Two changes of Pulse (8867-4) overlap", Assert.Throws<ArgumentException>(() => new VitalSignsTrajectory(baseline, [new(ObservationCodes.HeartRate, hour, 2 * hour, 90), new(ObservationCodes.HeartRate, 2 * hour, hour, 100)])).Message);
        Assert.Contains("Two changes of SpO2", Assert.Throws<ArgumentException>(() => new SepsisLikeCourse { OxygenStartsAfter = TimeSpan.FromHours(3) }.ToTrajectory()).Message);
        Assert.Throws<ArgumentException>(() => baseline.ValueOf("glucose"));
    }
}
