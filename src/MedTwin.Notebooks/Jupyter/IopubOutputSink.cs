using System.Text;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Display;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// A running cell's outputs published on iopub as <c>stream</c>, <c>display_data</c>, <c>execute_result</c> and
/// <c>error</c>, with the mime bundles <c>medtwin run</c> writes. Stream text is gathered and sent at most every
/// <see cref="StreamFlushInterval"/> (and before any other output), so a loop of writes is not a flood of messages.
/// </summary>
internal sealed class IopubOutputSink : ICellOutputSink, IDisposable
{
    /// <summary>How long stream text may wait before it is published.</summary>
    public static readonly TimeSpan StreamFlushInterval = TimeSpan.FromMilliseconds(50);

    private readonly Lock gate = new();
    private readonly IopubChannel iopub;
    private readonly JupyterMessage request;
    private readonly int executionCount;
    private readonly bool silent;
    private readonly Timer flushTimer;
    private (string Name, StringBuilder Text)? pending;
    private bool closed;

    public IopubOutputSink(IopubChannel iopub, JupyterMessage request, int executionCount, bool silent)
    {
        this.iopub = iopub;
        this.request = request;
        this.executionCount = executionCount;
        this.silent = silent;
        flushTimer = new Timer(_ => Flush());
    }

    public void WriteStream(string name, string text)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            if (pending is { } open && open.Name != name)
            {
                FlushLocked();
            }

            if (pending is null)
            {
                pending = (name, new StringBuilder());
                flushTimer.Change(StreamFlushInterval, Timeout.InfiniteTimeSpan);
            }

            pending.Value.Text.Append(text);
        }
    }

    public void WriteDisplay(FormattedValue value) =>
        Publish("display_data", new JsonObject { ["data"] = Bundle(value), ["metadata"] = new JsonObject(), ["transient"] = new JsonObject() });

    public void WriteResult(FormattedValue value)
    {
        if (!silent)
        {
            Publish("execute_result", new JsonObject { ["execution_count"] = executionCount, ["data"] = Bundle(value), ["metadata"] = new JsonObject() });
        }
    }

    public void WriteError(CellError cellError) => Publish("error", new JsonObject
    {
        ["ename"] = cellError.Name,
        ["evalue"] = cellError.Value,
        ["traceback"] = new JsonArray([.. cellError.Traceback.Select(line => JsonValue.Create(line))]),
    });

    /// <summary>Publishes the stream text gathered so far.</summary>
    public void Flush()
    {
        lock (gate)
        {
            FlushLocked();
        }
    }

    /// <summary>
    /// Publishes what is pending and closes the sink: the request is answered, so output from a cell thread that was
    /// abandoned (interrupted) and still runs has no cell to go to any more, and is not published.
    /// </summary>
    public void Dispose()
    {
        lock (gate)
        {
            FlushLocked();
            closed = true;
        }

        flushTimer.Dispose();
    }

    private void Publish(string messageType, JsonObject content)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            FlushLocked();
            iopub.Publish(messageType, content, request);
        }
    }

    private void FlushLocked()
    {
        if (pending is { } stream)
        {
            pending = null;
            iopub.Publish("stream", new JsonObject { ["name"] = stream.Name, ["text"] = stream.Text.ToString() }, request);
        }
    }

    private static JsonObject Bundle(FormattedValue value) => FormattedBundles.ToMessageData(value);
}
