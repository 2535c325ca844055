using System.Security.Cryptography;
using MedTwin.Tests.Support;
using MedTwin.Twins.EventLog;
using Microsoft.Data.Sqlite;

namespace MedTwin.Tests.Twins.EventLog;

public sealed class SqliteEventLogTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TemporaryDataFolder _folder = new();

    private string LogPath => Path.Combine(_folder.Root, "twin.events");

    public void Dispose() => _folder.Dispose();

    private static TwinEvent Event(int number, string patient = "P-001", TwinEventKind kind = TwinEventKind.Observation) =>
        new(kind, patient, Start.AddSeconds(number).AddTicks(number), $$"""{"n":{{number}},"text":"réveil ✓"}""");

    [Fact]
    public void Appended_events_read_back_equal_and_in_append_order()
    {
        TwinEvent[] events = [Event(2), Event(1, "P-002", TwinEventKind.Alert), Event(3, "", TwinEventKind.Rejection), Event(0, kind: TwinEventKind.Tick)];
        using var log = new SqliteEventLog(LogPath);

        log.Append(events[..2]);
        log.Append(events[2..]);

        Assert.Equal(events, log.ReadAll());
    }

    [Fact]
    public void A_time_keeps_its_offset_and_every_tick()
    {
        var time = new DateTimeOffset(2026, 3, 29, 1, 59, 59, TimeSpan.FromHours(-5)).AddTicks(1234567);
        using var log = new SqliteEventLog(LogPath);

        log.Append([new TwinEvent(TwinEventKind.Tick, "P-001", time, "{}")]);

        var read = Assert.Single(log.ReadAll()).Time;
        Assert.Equal(time, read);
        Assert.Equal(time.Offset, read.Offset);
    }

    [Fact]
    public void Reading_one_patient_gives_only_its_events_in_append_order()
    {
        using var log = new SqliteEventLog(LogPath);
        log.Append([Event(1, "A"), Event(2, "B"), Event(3, "A")]);
        log.Append([Event(4, "B"), Event(5, "A")]);

        Assert.Equal([Event(1, "A"), Event(3, "A"), Event(5, "A")], log.Read("A"));
        Assert.Empty(log.Read("C"));
        Assert.Empty(log.Read("a"));
    }

    [Fact]
    public void Events_are_counted_by_kind()
    {
        using var log = new SqliteEventLog(LogPath);
        log.Append([Event(1), Event(2), Event(3, kind: TwinEventKind.Alert), Event(4, kind: TwinEventKind.Action)]);

        Assert.Equal(2, log.Count(TwinEventKind.Observation));
        Assert.Equal(1, log.Count(TwinEventKind.Alert));
        Assert.Equal(1, log.Count(TwinEventKind.Action));
        Assert.Equal(0, log.Count(TwinEventKind.Rejection));
    }

    [Fact]
    public void Counting_a_kind_that_does_not_exist_is_refused()
    {
        using var log = new SqliteEventLog(LogPath);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => log.Count((TwinEventKind)42));

        Assert.Equal("kind", error.ParamName);
    }

    public static TheoryData<TwinEvent?, string> InvalidEvents => new()
    {
        { null, "Event 2 is null" },
        { new TwinEvent((TwinEventKind)9, "P-001", Start, "{}"), "Event 2 has kind 9" },
        { new TwinEvent(TwinEventKind.Observation, null!, Start, "{}"), "Event 2 has no patient id" },
        { new TwinEvent(TwinEventKind.Observation, "P-001", Start, null!), "Event 2 has no payload" },
        { new TwinEvent(TwinEventKind.Observation, "P-001", Start, "{\"value\": 7"), "Event 2 has a payload that is not JSON" },
        { new TwinEvent(TwinEventKind.Observation, "P-001", Start, ""), "Event 2 has a payload that is not JSON" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public void A_batch_with_an_invalid_event_is_refused_naming_its_index_and_writes_nothing(TwinEvent? invalid, string expected)
    {
        using var log = new SqliteEventLog(LogPath);
        log.Append([Event(0)]);

        var error = Assert.Throws<ArgumentException>(() => log.Append([Event(1), Event(2), invalid!, Event(3)]));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("events", error.ParamName);
        Assert.Equal([Event(0)], log.ReadAll());
    }

    [Fact]
    public void A_null_batch_is_refused_and_an_empty_one_writes_nothing()
    {
        using var log = new SqliteEventLog(LogPath);

        Assert.Throws<ArgumentNullException>(() => log.Append(null!));
        log.Append([]);

        Assert.Empty(log.ReadAll());
    }

    [Fact]
    public void A_batch_that_fails_inside_the_database_leaves_none_of_its_events()
    {
        using var log = new SqliteEventLog(LogPath);
        log.Append([Event(0)]);
        using (var saboteur = OpenDirectly(LogPath))
        {
            Execute(saboteur, "CREATE TRIGGER refuse_third BEFORE INSERT ON events WHEN (SELECT count(*) FROM events) >= 3 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }

        var error = Assert.Throws<IOException>(() => log.Append([Event(1), Event(2), Event(3), Event(4)]));

        Assert.Contains(log.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("none was written", error.Message, StringComparison.Ordinal);
        Assert.Equal([Event(0)], log.ReadAll());
    }

    [Fact]
    public void Events_are_still_there_after_the_log_is_disposed_and_reopened()
    {
        using (var log = new SqliteEventLog(LogPath))
        {
            log.Append([Event(1), Event(2)]);
        }

        using (var log = new SqliteEventLog(LogPath))
        {
            log.Append([Event(3)]);
        }

        using var reopened = new SqliteEventLog(LogPath);
        Assert.Equal([Event(1), Event(2), Event(3)], reopened.ReadAll());
    }

    [Fact]
    public void The_file_uses_a_write_ahead_journal()
    {
        using var log = new SqliteEventLog(LogPath);
        log.Append([Event(1)]);

        using var connection = OpenDirectly(LogPath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Appends_from_several_threads_lose_nothing_and_keep_each_threads_order()
    {
        const int Threads = 4;
        const int BatchesPerThread = 25;
        using var log = new SqliteEventLog(LogPath);

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            for (var batch = 0; batch < BatchesPerThread; batch++)
            {
                log.Append([Event(2 * batch, $"T{thread}"), Event((2 * batch) + 1, $"T{thread}")]);
            }
        });

        var all = log.ReadAll().ToList();
        Assert.Equal(Threads * BatchesPerThread * 2, all.Count);
        for (var thread = 0; thread < Threads; thread++)
        {
            Assert.Equal(Enumerable.Range(0, BatchesPerThread * 2).Select(n => Event(n, $"T{thread}")), all.Where(e => e.PatientId == $"T{thread}"));
        }
    }

    [Fact]
    public void A_read_streams_the_events_appended_before_it_began_while_appends_go_on()
    {
        using var log = new SqliteEventLog(LogPath);
        log.Append([Event(1), Event(2)]);

        var read = new List<TwinEvent>();
        foreach (var twinEvent in log.ReadAll())
        {
            read.Add(twinEvent);
            log.Append([Event(10 + read.Count)]);
        }

        Assert.Equal([Event(1), Event(2)], read);
        Assert.Equal(4, log.ReadAll().Count());
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_naming_it_and_left_unchanged()
    {
        File.WriteAllText(LogPath, "patient,code,value\nP-001,8867-4,72\n");
        var before = File.ReadAllBytes(LogPath);

        var error = Assert.Throws<InvalidDataException>(() => new SqliteEventLog(LogPath));

        Assert.Contains(LogPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a MedTwin event log", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(LogPath));
    }

    [Fact]
    public void Another_applications_database_is_refused_naming_it_and_left_unchanged()
    {
        using (var other = OpenDirectly(LogPath))
        {
            Execute(other, "CREATE TABLE patients (id TEXT)");
        }

        var before = SHA256.HashData(File.ReadAllBytes(LogPath));

        var error = Assert.Throws<InvalidDataException>(() => new SqliteEventLog(LogPath));

        Assert.Contains($"'{LogPath}' is not a MedTwin event log", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(LogPath)));
        Assert.False(File.Exists(LogPath + "-wal"));
    }

    [Fact]
    public void A_log_of_another_schema_version_is_refused_naming_both_versions()
    {
        using (var log = new SqliteEventLog(LogPath))
        {
            log.Append([Event(1)]);
        }

        using (var connection = OpenDirectly(LogPath))
        {
            Execute(connection, "PRAGMA user_version = 7");
        }

        var error = Assert.Throws<InvalidDataException>(() => new SqliteEventLog(LogPath));

        Assert.Equal($"The event log '{LogPath}' has schema version 7; this version of MedTwin reads schema version 1.", error.Message);
    }

    [Fact]
    public void An_event_of_an_unknown_kind_in_the_file_is_reported_with_its_sequence_number()
    {
        using var log = new SqliteEventLog(LogPath);
        log.Append([Event(1), Event(2)]);
        using (var connection = OpenDirectly(LogPath))
        {
            Execute(connection, "UPDATE events SET kind = 'Telepathy' WHERE sequence = 2");
        }

        var error = Assert.Throws<InvalidDataException>(() => log.ReadAll().ToList());

        Assert.Contains($"'{LogPath}' has event 2 of kind 'Telepathy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_in_a_folder_that_does_not_exist_is_refused_naming_the_folder()
    {
        var missing = Path.Combine(_folder.Root, "no-such-folder");

        var error = Assert.Throws<DirectoryNotFoundException>(() => new SqliteEventLog(Path.Combine(missing, "twin.events")));

        Assert.Contains($"the folder '{missing}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_path_is_refused(string path) => Assert.Throws<ArgumentException>(() => new SqliteEventLog(path));

    [Fact]
    public void A_missing_path_or_patient_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new SqliteEventLog(null!));
        using var log = new SqliteEventLog(LogPath);
        Assert.Throws<ArgumentNullException>(() => log.Read(null!));
    }

    [Fact]
    public void A_disposed_log_refuses_to_append_or_read()
    {
        var log = new SqliteEventLog(LogPath);
        log.Dispose();
        log.Dispose();

        Assert.Throws<ObjectDisposedException>(() => log.Append([Event(1)]));
        Assert.Throws<ObjectDisposedException>(() => log.ReadAll());
        Assert.Throws<ObjectDisposedException>(() => log.Read("P-001"));
        Assert.Throws<ObjectDisposedException>(() => log.Count(TwinEventKind.Alert));
    }

    [Fact]
    public void After_a_crash_that_tore_the_last_append_the_log_opens_with_every_whole_append_and_nothing_of_the_torn_one()
    {
        var crashed = Path.Combine(_folder.Root, "crashed.events");
        using (var log = new SqliteEventLog(LogPath))
        {
            log.Append([Event(1), Event(2)]);
            log.Append([Event(3), Event(4)]);

            // The files as a crash leaves them: the log still open, its appends only in the write-ahead journal.
            File.Copy(LogPath, crashed);
            File.Copy(LogPath + "-wal", crashed + "-wal");
        }

        // The last append's final page only partly reached the disk.
        using (var journal = new FileStream(crashed + "-wal", FileMode.Open))
        {
            journal.SetLength(journal.Length - 100);
        }

        using var recovered = new SqliteEventLog(crashed);
        Assert.Equal([Event(1), Event(2)], recovered.ReadAll());
        recovered.Append([Event(5)]);
        Assert.Equal([Event(1), Event(2), Event(5)], recovered.ReadAll());
    }

    private static SqliteConnection OpenDirectly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void A_second_writer_of_the_same_log_is_refused_until_the_first_gives_it_up()
    {
        var first = new SqliteEventLog(LogPath);
        using var second = new SqliteEventLog(LogPath);
        first.Append([Event(1)]);

        var refused = Assert.Throws<IOException>(() => second.Append([Event(2)]));
        first.Dispose();
        second.Append([Event(3)]);

        Assert.Contains("is being written by another process or instance", refused.Message, StringComparison.Ordinal);
        Assert.Contains(LogPath + ".writer", refused.Message, StringComparison.Ordinal);
        Assert.Equal([Event(1), Event(3)], second.ReadAll());
    }
}
