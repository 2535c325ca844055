using System.Text.Json.Nodes;
using MedTwin.Notebooks.Execution;
using MedTwin.Reproducibility;
using NetMQ;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// MedTwin's Jupyter kernel (messaging protocol 5.3): binds the five sockets a connection file names, serves shell
/// requests on one thread and control requests on another (so interrupt and shutdown never wait behind a cell),
/// publishes <c>status</c> busy/idle around every request, and stops on <c>shutdown_request</c>, on cancellation, or
/// when the process that started it is gone.
/// </summary>
public sealed class JupyterKernel
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly MessageHeaders headers;
    private readonly IopubChannel iopub;
    private readonly KernelLog log;
    private readonly CancellationTokenSource stopping;
    private CellRequests? cells;

    private JupyterKernel(MessageHeaders headers, IopubChannel iopub, KernelLog log, CancellationTokenSource stopping)
    {
        this.headers = headers;
        this.iopub = iopub;
        this.log = log;
        this.stopping = stopping;
    }

    /// <summary>Runs the kernel until it is shut down; returns the process exit code.</summary>
    /// <param name="connection">Where to listen and the signing key.</param>
    /// <param name="options">How to run cells.</param>
    /// <param name="logWriter">Where the kernel logs what it drops or ignores (stderr).</param>
    /// <param name="cancellationToken">Stops the kernel (the process is being terminated).</param>
    /// <exception cref="Documents.NotebookFormatException">The notebook the front end named has malformed MedTwin settings.</exception>
    public static int Run(ConnectionFile connection, KernelOptions options, TextWriter logWriter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        ReproducibleProcess.Enter();
        var context = KernelRunContext.From(options);
        var log = new KernelLog(logWriter);
        var signer = new MessageSigner(connection.Key);

        // One history for every channel, as one jupyter_client Session serves them all.
        var history = new SignatureHistory();
        var headers = new MessageHeaders();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            using var iopub = new IopubChannel(connection.Endpoint(connection.IopubPort), signer, headers);
            using var shell = new RouterChannel("shell", connection.Endpoint(connection.ShellPort), signer, history, log);
            using var control = new RouterChannel("control", connection.Endpoint(connection.ControlPort), signer, history, log);
            using var stdin = new StdinChannel(new RouterChannel("stdin", connection.Endpoint(connection.StdinPort), signer, history, log), headers);
            using var heartbeat = new HeartbeatChannel(connection.Endpoint(connection.HeartbeatPort));
            using var parent = ParentProcessWatcher.Start(options.ParentProcessId, () =>
            {
                log.Write($"the process that started the kernel (pid {options.ParentProcessId}) is gone; exiting.");
                stopping.Cancel();
            });
            var kernel = new JupyterKernel(headers, iopub, log, stopping);
            iopub.PublishStatus("starting", null);
            using var shellReady = new ManualResetEventSlim();
            var shellThread = new Thread(() => kernel.ServeShell(shell, stdin, context, options, shellReady)) { IsBackground = true, Name = "jupyter shell" };
            shellThread.Start();
            shellReady.Wait(stopping.Token);
            kernel.Serve(control);

            // Stopping interrupted the running cell, so the shell thread ends within a poll; a process ends without waiting longer.
            shellThread.Join(TimeSpan.FromSeconds(2));
            return 0;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return 0;
        }
        finally
        {
            NetMQConfig.Cleanup(block: false);
        }
    }

    private void ServeShell(RouterChannel shell, StdinChannel stdin, KernelRunContext context, KernelOptions options, ManualResetEventSlim ready)
    {
        // The study is ambient in this thread's flow of execution, which every cell inherits.
        using var study = Study.Begin(context.Study);
        cells = new CellRequests(new CellExecutor(context.BaseDirectory, options.Packages), study, iopub, stdin);

        // Stopping interrupts the running cell, so the shell thread is free to end with the kernel.
        using var interruptOnStop = stopping.Token.Register(cells.Interrupt);
        ready.Set();
        Serve(shell);
    }

    private void Serve(RouterChannel channel)
    {
        while (!stopping.IsCancellationRequested)
        {
            if (channel.TryReceive(PollInterval, out var request))
            {
                Handle(channel, request);
            }
        }
    }

    private void Handle(RouterChannel channel, JupyterMessage request)
    {
        iopub.PublishStatus("busy", request);
        try
        {
            Dispatch(channel, request);
        }
        catch (InvalidMessageException e)
        {
            log.Write($"could not handle a {request.MessageType} on {channel.Name}: {e.Message}");
            channel.Send(headers.Reply(request, ReplyType(request), new JsonObject
            {
                ["status"] = "error",
                ["ename"] = "InvalidRequest",
                ["evalue"] = e.Message,
                ["traceback"] = new JsonArray(),
            }));
        }
        finally
        {
            iopub.PublishStatus("idle", request);
        }
    }

    private void Dispatch(RouterChannel channel, JupyterMessage request)
    {
        var isShell = channel.Name == "shell";
        switch (request.MessageType)
        {
            case "kernel_info_request":
                Reply(channel, request, KernelInfo.Content());
                break;
            case "shutdown_request":
                var restart = RequestContent.Flag(request, "restart", false);
                Reply(channel, request, new JsonObject { ["status"] = "ok", ["restart"] = restart });
                stopping.Cancel();
                break;
            case "interrupt_request":
                cells?.Interrupt();
                Reply(channel, request, new JsonObject { ["status"] = "ok" });
                break;
            case "execute_request" when isShell:
                Execute(channel, request);
                break;
            case "complete_request" when isShell:
                Reply(channel, request, cells!.Complete(request));
                break;
            case "inspect_request" when isShell:
                Reply(channel, request, cells!.Inspect(request));
                break;
            case "is_complete_request" when isShell:
                Reply(channel, request, CellRequests.IsComplete(request));
                break;
            case "history_request" when isShell:
                Reply(channel, request, cells!.History(request));
                break;
            case "comm_info_request":
                // MedTwin's kernel opens no comms (no widgets), so there are never any to list.
                Reply(channel, request, new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            default:
                log.Write($"ignored a {request.MessageType} on {channel.Name}: MedTwin's kernel does not handle it there.");
                break;
        }
    }

    private void Execute(RouterChannel shell, JupyterMessage request)
    {
        var (content, metadata) = cells!.Execute(request);
        shell.Send(headers.Reply(request, "execute_reply", content, metadata));
        if ((string?)content["status"] != "error" || !RequestContent.Flag(request, "stop_on_error", true))
        {
            return;
        }

        // As ipykernel does: requests already queued behind a failed cell are answered "aborted", not run.
        while (shell.TryReceive(TimeSpan.Zero, out var queued))
        {
            if (queued.MessageType != "execute_request")
            {
                Handle(shell, queued);
                continue;
            }

            iopub.PublishStatus("busy", queued);
            shell.Send(headers.Reply(queued, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = cells.ExecutionCount }));
            iopub.PublishStatus("idle", queued);
        }
    }

    private void Reply(RouterChannel channel, JupyterMessage request, JsonObject content) =>
        channel.Send(headers.Reply(request, ReplyType(request), content));

    private static string ReplyType(JupyterMessage request) =>
        request.MessageType.EndsWith("_request", StringComparison.Ordinal) ? request.MessageType[..^"_request".Length] + "_reply" : request.MessageType + "_reply";
}
