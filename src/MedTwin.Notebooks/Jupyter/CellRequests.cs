using System.Text.Json.Nodes;
using MedTwin.Notebooks.Execution;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// The shell requests about cells, all served on the shell thread in order: <c>execute</c> (with execution counts,
/// <c>silent</c>, <c>store_history</c>, <c>allow_stdin</c>), <c>complete</c>, <c>inspect</c>, <c>is_complete</c> and
/// <c>history</c>. Cells run in one C# session the way <c>medtwin run</c> runs them; <c>interrupt</c> cancels the running one.
/// </summary>
internal sealed class CellRequests(CellExecutor executor, Study study, IopubChannel iopub, StdinChannel stdin)
{
    private readonly Lock interruptGate = new();
    private readonly ExecutionHistory history = new();
    private int executionCount;
    private CancellationTokenSource? running;

    /// <summary>How many executions were stored in history so far: the count execute replies report.</summary>
    public int ExecutionCount => executionCount;

    /// <summary>Runs the cell and returns the <c>execute_reply</c> content and metadata (the run manifest so far).</summary>
    public (JsonObject Content, JsonObject Metadata) Execute(JupyterMessage request)
    {
        var code = RequestContent.RequiredString(request, "code");
        var silent = RequestContent.Flag(request, "silent", false);
        var storeHistory = !silent && RequestContent.Flag(request, "store_history", true);
        var allowStdin = RequestContent.Flag(request, "allow_stdin", true);
        if (storeHistory)
        {
            executionCount++;
            history.Add(executionCount, code);
        }

        if (!silent)
        {
            iopub.Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = executionCount }, request);
        }

        var error = Run(request, code, silent, allowStdin);
        var content = error is null
            ? new JsonObject { ["status"] = "ok", ["execution_count"] = executionCount, ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray() }
            : new JsonObject
            {
                ["status"] = "error",
                ["execution_count"] = executionCount,
                ["ename"] = error.Name,
                ["evalue"] = error.Value,
                ["traceback"] = new JsonArray([.. error.Traceback.Select(line => JsonValue.Create(line))]),
            };
        var metadata = new JsonObject
        {
            [NotebookSettings.MetadataKey] = new JsonObject { [RunManifest.MetadataKey] = RunManifest.Describe(study, executor.Restored).ToJson() },
        };
        return (content, metadata);
    }

    /// <summary>Cancels the running cell, if any; it ends with an error saying it was interrupted.</summary>
    public void Interrupt()
    {
        lock (interruptGate)
        {
            running?.Cancel();
        }
    }

    public JsonObject Complete(JupyterMessage request)
    {
        var code = RequestContent.RequiredString(request, "code");
        var cursor = CodePositions.ToUtf16(code, RequestContent.RequiredInteger(request, "cursor_pos"));
        var (matches, start) = CompletionProvider.Complete(executor.Analyze(code), code, cursor);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. matches.Select(m => JsonValue.Create(m))]),
            ["cursor_start"] = CodePositions.ToCodePoints(code, start),
            ["cursor_end"] = CodePositions.ToCodePoints(code, cursor),
            ["metadata"] = new JsonObject(),
        };
    }

    public JsonObject Inspect(JupyterMessage request)
    {
        var code = RequestContent.RequiredString(request, "code");
        var cursor = CodePositions.ToUtf16(code, RequestContent.RequiredInteger(request, "cursor_pos"));
        var text = SymbolInspector.Inspect(executor.Analyze(code), cursor);
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = text is not null,
            ["data"] = text is null ? new JsonObject() : new JsonObject { ["text/plain"] = text },
            ["metadata"] = new JsonObject(),
        };
    }

    public static JsonObject IsComplete(JupyterMessage request)
    {
        var (status, indent) = CompletenessChecker.Check(RequestContent.RequiredString(request, "code"));
        var reply = new JsonObject { ["status"] = status };
        if (indent is not null)
        {
            reply["indent"] = indent;
        }

        return reply;
    }

    public JsonObject History(JupyterMessage request) => history.Reply(request.Content);

    private CellError? Run(JupyterMessage request, string code, bool silent, bool allowStdin)
    {
        using var interrupt = new CancellationTokenSource();
        lock (interruptGate)
        {
            running = interrupt;
        }

        try
        {
            using var sink = new IopubOutputSink(iopub, request, executionCount, silent);
            using var input = CellInputChannel.Open(new FrontEndInput(stdin, request, allowStdin, sink, interrupt.Token));
            study.Step = $"Cell [{executionCount}]";
            var error = executor.RunAsync(
                    code, NotebookCellNames.Of(executionCount), $"Cell [{executionCount}]", sink, Timeout.InfiniteTimeSpan, interrupt.Token)
                .GetAwaiter().GetResult();
            if (error is not null)
            {
                sink.WriteError(error);
            }

            return error;
        }
        finally
        {
            lock (interruptGate)
            {
                running = null;
            }
        }
    }
}
