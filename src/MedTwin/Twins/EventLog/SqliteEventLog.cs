using System.Text.Json;
using MedTwin.Twins.Messages;
using Microsoft.Data.Sqlite;

namespace MedTwin.Twins.EventLog;

/// <summary>
/// A twin's event log in an SQLite file: write-ahead journal with full sync, so an <see cref="Append"/> that returned
/// survives a crash or a power cut, and a crash in the middle of one leaves none of its events. Several threads may
/// append at once; reads stream from their own connection and see the events appended before they started. One log has
/// one writer: the first append claims the log for this instance (a lock on <c>&lt;log&gt;.writer</c>, released when it is
/// disposed or its process dies), because two processes appending would interleave their twins' inputs.
/// </summary>
public sealed class SqliteEventLog : ITwinEventLog
{
    private const string Columns = "sequence, kind, patient, time, payload";

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private FileStream? _writerClaim;
    private bool _disposed;

    /// <summary>
    /// Opens the event log at <paramref name="path"/>, creating the file when it is missing (its folder must exist).
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a MedTwin event log, or one of another schema version.</exception>
    /// <exception cref="IOException">The file cannot be opened or created.</exception>
    public SqliteEventLog(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cannot create the event log '{Path}': the folder '{folder}' does not exist.");
        }

        _connection = new SqliteConnection(ConnectionString(SqliteOpenMode.ReadWriteCreate));
        try
        {
            _connection.Open();
            SqliteEventLogSchema.CreateOrCheck(_connection, Path);
            UseDurableJournal();
            _insert = InsertCommand();
        }
        catch (SqliteException exception)
        {
            _connection.Dispose();
            throw Unreadable(exception);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>The full path of the log file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An event is null or invalid; the message names its index and nothing is written.</exception>
    /// <exception cref="IOException">The events could not be written, or another instance is writing the log; none of them is in the log.</exception>
    public void Append(IReadOnlyList<TwinEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var index = 0; index < events.Count; index++)
        {
            if (Problem(events[index]) is { } problem)
            {
                throw new ArgumentException($"Event {index} {problem}; nothing was appended.", nameof(events));
            }
        }

        if (events.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writerClaim ??= OpenWriterClaim();
            try
            {
                using var transaction = _connection.BeginTransaction();
                _insert.Transaction = transaction;
                foreach (var twinEvent in events)
                {
                    _insert.Parameters["$kind"].Value = twinEvent.Kind.ToString();
                    _insert.Parameters["$patient"].Value = twinEvent.PatientId;
                    _insert.Parameters["$time"].Value = TwinJson.Time(twinEvent.Time);
                    _insert.Parameters["$payload"].Value = twinEvent.Payload;
                    _insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }
            catch (SqliteException exception)
            {
                throw new IOException($"Could not append {events.Count} events to the event log '{Path}'; none was written: {exception.Message}", exception);
            }
        }
    }

    /// <summary>
    /// Claims the log for this instance now rather than at its first append, so that a second writer is refused before
    /// it takes any input.
    /// </summary>
    /// <exception cref="IOException">Another instance or process is writing the log.</exception>
    public void ClaimWriting()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writerClaim ??= OpenWriterClaim();
        }
    }

    /// <inheritdoc />
    public IEnumerable<TwinEvent> ReadAll()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Query($"SELECT {Columns} FROM events ORDER BY sequence", parameter: null);
    }

    /// <summary>The events of one patient, in the order appended.</summary>
    public IEnumerable<TwinEvent> Read(string patientId)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Query($"SELECT {Columns} FROM events WHERE patient = $patient ORDER BY sequence", ("$patient", patientId));
    }

    /// <summary>How many events of <paramref name="kind"/> the log holds.</summary>
    public long Count(TwinEventKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Not a kind of twin event; expected one of {string.Join(", ", Enum.GetNames<TwinEventKind>())}.");
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM events WHERE kind = $kind";
        command.Parameters.AddWithValue("$kind", kind.ToString());
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Closes the file; appends that returned are already durable.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _insert.Dispose();
            _connection.Dispose();
            _writerClaim?.Dispose();
        }
    }

    // An exclusive lock on a file beside the log (an advisory lock on Unix, a sharing lock on Windows); the operating system
    // releases it when the process ends, however it ends, and the file is deleted when the claim is given up.
    private FileStream OpenWriterClaim()
    {
        var claim = Path + ".writer";
        try
        {
            return new FileStream(claim, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (IOException exception)
        {
            throw new IOException($"The event log '{Path}' is being written by another process or instance (it holds '{claim}'); two writers would interleave their twins' events, so nothing was appended. Stop the other writer, or give this run a log of its own.", exception);
        }
    }

    private static string? Problem(TwinEvent? twinEvent)
    {
        if (twinEvent is null)
        {
            return "is null";
        }

        if (!Enum.IsDefined(twinEvent.Kind))
        {
            return $"has kind {(int)twinEvent.Kind}, which is not a {nameof(TwinEventKind)}";
        }

        if (twinEvent.PatientId is null)
        {
            return "has no patient id (null); an event of a message no patient could be read from has an empty one";
        }

        if (twinEvent.Payload is null)
        {
            return "has no payload (null)";
        }

        try
        {
            using var _ = JsonDocument.Parse(twinEvent.Payload);
            return null;
        }
        catch (JsonException exception)
        {
            return $"has a payload that is not JSON: {exception.Message}";
        }
    }

    private IEnumerable<TwinEvent> Query(string sql, (string Name, string Value)? parameter)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is { } named)
        {
            command.Parameters.AddWithValue(named.Name, named.Value);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadEvent(reader);
        }
    }

    private TwinEvent ReadEvent(SqliteDataReader reader)
    {
        var sequence = reader.GetInt64(0);
        var kindText = reader.GetString(1);
        var timeText = reader.GetString(3);
        if (!Enum.TryParse<TwinEventKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || kindText != kind.ToString())
        {
            throw new InvalidDataException($"The event log '{Path}' has event {sequence} of kind '{kindText}'; expected one of {string.Join(", ", Enum.GetNames<TwinEventKind>())}.");
        }

        if (!TwinJson.TryReadTime(timeText, out var time))
        {
            throw new InvalidDataException($"The event log '{Path}' has event {sequence} with time '{timeText}'; expected an ISO 8601 time with an offset.");
        }

        return new TwinEvent(kind, reader.GetString(2), time, reader.GetString(4));
    }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(ConnectionString(SqliteOpenMode.ReadOnly));
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw Unreadable(exception);
        }
    }

    // WAL lets readers stream while a twin appends; FULL syncs the journal on every commit, so a returned Append is on disk.
    private void UseDurableJournal()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new IOException($"The event log '{Path}' cannot use a write-ahead journal (SQLite kept journal mode '{mode}').");
        }

        command.CommandText = "PRAGMA synchronous = FULL";
        command.ExecuteNonQuery();
    }

    private SqliteCommand InsertCommand()
    {
        var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO events (kind, patient, time, payload) VALUES ($kind, $patient, $time, $payload)";
        foreach (var name in new[] { "$kind", "$patient", "$time", "$payload" })
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        command.Prepare();
        return command;
    }

    private string ConnectionString(SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = Path,
        Mode = mode,
        // A disposed log releases its file at once, so it can be copied, moved or deleted.
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    private Exception Unreadable(SqliteException exception) => exception.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT =>
            new InvalidDataException($"'{Path}' is not a MedTwin event log: it is not an SQLite database, or a damaged one ({exception.Message}).", exception),
        _ => new IOException($"Cannot open the event log '{Path}': {exception.Message}", exception),
    };
}
