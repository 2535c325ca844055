using MedTwin.Reproducibility;
using MedTwin.Tests.Support;

namespace MedTwin.Tests.Reproducibility;

public sealed class StudyTests
{
    [Fact]
    public void Without_a_begun_study_current_says_how_to_begin_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Study.Current);

        Assert.Contains("Study.Begin", error.Message, StringComparison.Ordinal);
        Assert.False(Study.IsRunning);
    }

    [Fact]
    public void A_begun_study_is_current_until_disposed_and_the_outer_one_returns()
    {
        using var outer = Study.Begin(new StudyOptions { Seed = 1 });
        using (var inner = Study.Begin(new StudyOptions { Seed = 2 }))
        {
            Assert.Same(inner, Study.Current);
        }

        Assert.Same(outer, Study.Current);
    }

    [Fact]
    public void Opened_snapshots_are_recorded_once_each_with_their_hash_in_first_opened_order()
    {
        using var study = Study.Begin(new StudyOptions { DataFolder = RepositoryPaths.Data });

        study.OpenSnapshot("theophylline", 1);
        study.OpenSnapshot("pima-diabetes", 1);
        study.OpenSnapshot("theophylline", 1);

        Assert.Equal(
            [
                new SnapshotUse("theophylline", 1, "9cb8329d19da78114ff7bebf7c31dd9f247492b5ecbc7c0de274081a30a660c8"),
                new SnapshotUse("pima-diabetes", 1, "6df66d0de9500660e6e620ba0b9df584ab4ec259c002ab468f0e2746403ae692"),
            ],
            study.SnapshotsUsed);
    }

    [Fact]
    public void A_snapshot_that_fails_to_open_is_not_recorded()
    {
        using var study = Study.Begin(new StudyOptions { DataFolder = RepositoryPaths.Data });

        Assert.Throws<MedTwin.Data.Snapshots.SnapshotNotFoundException>(() => study.OpenSnapshot("nothing", 1));
        Assert.Empty(study.SnapshotsUsed);
    }

    [Fact]
    public void Random_streams_follow_the_study_seed()
    {
        using var study = Study.Begin(new StudyOptions { Seed = 7 });

        Assert.Equal(SeedStreams.Create(7, "split").Next(), study.Random("split").Next());
        Assert.Equal(VirtualClock.DefaultStart, study.Clock.GetUtcNow());
    }
}
