using MedTwin.Notebooks.Display;
using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Execution;

/// <summary>Collects a running cell's outputs as notebook outputs; consecutive writes to one stream become one output, as nbclient merges them.</summary>
internal sealed class CellOutputCollector(int executionCount) : ICellOutputSink
{
    private readonly Lock gate = new();
    private readonly List<NotebookOutput> outputs = [];
    private (string Name, System.Text.StringBuilder Text)? openStream;

    public IReadOnlyList<NotebookOutput> Outputs
    {
        get
        {
            lock (gate)
            {
                CloseStream();
                return [.. outputs];
            }
        }
    }

    public void WriteStream(string name, string text)
    {
        lock (gate)
        {
            if (openStream is not { } stream || stream.Name != name)
            {
                CloseStream();
                openStream = (name, new System.Text.StringBuilder());
            }

            openStream.Value.Text.Append(text);
        }
    }

    public void WriteDisplay(FormattedValue value) => Add(new DisplayDataOutput(FormattedBundles.ToBundle(value)));

    public void WriteResult(FormattedValue value) => Add(new ExecuteResultOutput(executionCount, FormattedBundles.ToBundle(value)));

    public void WriteError(CellError cellError) => Add(new ErrorOutput(cellError.Name, cellError.Value, cellError.Traceback));

    private void Add(NotebookOutput output)
    {
        lock (gate)
        {
            CloseStream();
            outputs.Add(output);
        }
    }

    private void CloseStream()
    {
        if (openStream is { } stream)
        {
            outputs.Add(new StreamOutput(stream.Name, stream.Text.ToString()));
            openStream = null;
        }
    }
}
