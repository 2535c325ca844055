using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// <c>Console.ReadLine()</c> in a cell run by an <c>execute_request</c>: an <c>input_request</c> on stdin when the
/// request allows it, else a clear error, as ipykernel raises StdinNotImplementedError.
/// </summary>
internal sealed class FrontEndInput(StdinChannel stdin, JupyterMessage request, bool allowed, IopubOutputSink output, CancellationToken interrupt) : ICellInput
{
    public string? ReadLine()
    {
        if (!allowed)
        {
            throw new InvalidOperationException("Console.ReadLine(): this front end does not take input (the execute_request's allow_stdin is false).");
        }

        // What the cell wrote before asking (its prompt) must reach the front end before the question does.
        output.Flush();
        return stdin.RequestInput(request, string.Empty, interrupt);
    }
}
