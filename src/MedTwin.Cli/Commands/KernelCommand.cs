using System.CommandLine;
using System.Globalization;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Cli.Commands;

/// <summary>
/// <c>medtwin kernel --connection-file FILE</c>: MedTwin's Jupyter kernel, as front ends start it;
/// <c>medtwin kernel install | uninstall</c>: the kernelspec that tells them how.
/// </summary>
internal static class KernelCommand
{
    /// <summary>Set by jupyter_client: the process that started the kernel.</summary>
    private const string ParentProcessVariable = "JPY_PARENT_PID";

    /// <summary>Set by Jupyter Server and VS Code: the notebook the kernel runs.</summary>
    private const string SessionNameVariable = "JPY_SESSION_NAME";

    public static Command Create()
    {
        var connectionFile = new Option<FileInfo?>("--connection-file", "-f") { Description = "The connection file the front end wrote (ports, address, key)." };
        var seed = new Option<int?>("--seed") { Description = "The study seed (default: the notebook's metadata.medtwin.seed when the front end names the notebook, else 0)." };
        var dataFolder = new Option<DirectoryInfo?>("--data") { Description = "The data folder with the pinned snapshots (default: the nearest 'data' folder above the notebook)." };
        var command = new Command("kernel", "Run MedTwin's Jupyter kernel (front ends start it through the installed kernelspec).")
        {
            connectionFile, seed, dataFolder, Install(), Uninstall(),
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CommandErrors.Guard(result, () =>
        {
            var file = result.GetValue(connectionFile)
                ?? throw new ArgumentException("medtwin kernel needs --connection-file FILE; Jupyter front ends pass it through the kernelspec (medtwin kernel install).");
            var connection = ConnectionFile.Read(file.FullName);
            return JupyterKernel.Run(connection, new KernelOptions
            {
                WorkingDirectory = Environment.CurrentDirectory,
                NotebookPath = Environment.GetEnvironmentVariable(SessionNameVariable) is { Length: > 0 } notebook ? Path.GetFullPath(notebook) : null,
                Seed = result.GetValue(seed),
                DataFolder = result.GetValue(dataFolder)?.FullName,
                ParentProcessId = ParentProcessId(),
            }, result.InvocationConfiguration.Error, cancellationToken);
        })));
        return command;
    }

    private static Command Install()
    {
        var location = new KernelSpecLocation();
        var command = new Command("install", $"Install the kernelspec \"{KernelSpec.DisplayName}\" where Jupyter finds it (default: the user's Jupyter data directory).");
        location.AddTo(command);
        command.SetAction(result => CommandErrors.Guard(result, () =>
        {
            var folder = KernelSpec.Install(location.DataDirectory(result), location.Name(result), CurrentCommandLine());
            result.InvocationConfiguration.Output.WriteLine($"installed kernelspec {location.Name(result)} in {folder}");
            return 0;
        }));
        return command;
    }

    private static Command Uninstall()
    {
        var location = new KernelSpecLocation();
        var command = new Command("uninstall", "Remove the kernelspec that `medtwin kernel install` wrote.");
        location.AddTo(command);
        command.SetAction(result => CommandErrors.Guard(result, () =>
        {
            var name = location.Name(result);
            var folder = KernelSpec.Uninstall(location.DataDirectory(result), name)
                ?? throw new ArgumentException($"No kernelspec named {name} in {Path.Combine(location.DataDirectory(result), "kernels")}.");
            result.InvocationConfiguration.Output.WriteLine($"removed kernelspec {name} from {folder}");
            return 0;
        }));
        return command;
    }

    // How this very command was started: the `medtwin` tool's own executable, or `dotnet MedTwin.Cli.dll`.
    private static string[] CurrentCommandLine()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("The path of the running executable is unknown.");
        return Path.GetFileNameWithoutExtension(process) == "dotnet" ? [process, typeof(KernelCommand).Assembly.Location] : [process];
    }

    // On Windows jupyter_client passes a process handle there, not an id; the kernel cannot watch it by id.
    private static int? ParentProcessId() =>
        !OperatingSystem.IsWindows() && int.TryParse(Environment.GetEnvironmentVariable(ParentProcessVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;
}
