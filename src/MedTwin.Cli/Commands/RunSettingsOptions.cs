using System.Globalization;
using System.CommandLine;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Cli.Commands;

/// <summary>The options that say how notebooks run, shared by <c>run</c>, <c>verify</c> and <c>reproduce</c>.</summary>
internal sealed class RunSettingsOptions
{
    // A cell's wait is limited to int.MaxValue milliseconds (about 24.8 days); a million seconds (11.6 days) is plenty.
    private const double MaxCellTimeoutSeconds = 1_000_000;

    public Option<int?> Seed { get; } = new("--seed") { Description = "The study seed (default: the notebook's metadata.medtwin.seed, else 0)." };

    public Option<string[]> Parameters { get; } = new("--parameter", "-p")
    {
        Description = "A parameter as name=value, injected after the cell tagged 'parameters' (papermill style). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<double> CellTimeout { get; } = new("--cell-timeout")
    {
        Description = "Seconds a cell may run before it is abandoned and reported.",
        DefaultValueFactory = _ => RunOptions.DefaultCellTimeout.TotalSeconds,
    };

    public Option<bool> ContinueOnError { get; } = new("--continue-on-error") { Description = "Run the remaining cells after one fails." };

    public Option<DirectoryInfo?> DataFolder { get; } = new("--data")
    {
        Description = "The data folder with the pinned snapshots (default: the nearest 'data' folder above the notebook).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Seed);
        command.Options.Add(Parameters);
        command.Options.Add(CellTimeout);
        command.Options.Add(ContinueOnError);
        command.Options.Add(DataFolder);
    }

    /// <summary>The run options for a notebook in <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="ArgumentException">A parameter is not name=value, or the timeout is not positive.</exception>
    public RunOptions Read(ParseResult result, string baseDirectory)
    {
        var timeout = result.GetValue(CellTimeout);
        if (!(timeout > 0 && timeout <= MaxCellTimeoutSeconds))
        {
            throw new ArgumentException(
                $"--cell-timeout must be a number of seconds above 0 and at most {MaxCellTimeoutSeconds}; found {timeout.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new RunOptions
        {
            BaseDirectory = baseDirectory,
            Seed = result.GetValue(Seed),
            Parameters = [.. (result.GetValue(Parameters) ?? []).Select(ParseParameter)],
            CellTimeout = TimeSpan.FromSeconds(timeout),
            ContinueOnError = result.GetValue(ContinueOnError),
            DataFolder = result.GetValue(DataFolder)?.FullName,
        };
    }

    private static KeyValuePair<string, string> ParseParameter(string text)
    {
        var separator = text.IndexOf('=', StringComparison.Ordinal);
        return separator > 0
            ? KeyValuePair.Create(text[..separator].Trim(), text[(separator + 1)..])
            : throw new ArgumentException($"A parameter is name=value; found \"{text}\".");
    }
}
