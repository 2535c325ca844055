using System.CommandLine;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Cli.Commands;

/// <summary>The options that say which kernelspec <c>kernel install</c> and <c>kernel uninstall</c> mean: where (<c>--user</c> or <c>--prefix</c>) and its name.</summary>
internal sealed class KernelSpecLocation
{
    private readonly Option<bool> user = new("--user") { Description = "The user's Jupyter data directory ($JUPYTER_DATA_DIR if set); the default." };
    private readonly Option<DirectoryInfo?> prefix = new("--prefix") { Description = "The environment at DIR: DIR/share/jupyter/kernels (as `jupyter kernelspec install --prefix`)." };
    private readonly Option<string> name = new("--name") { Description = "The kernel name.", DefaultValueFactory = _ => KernelSpec.DefaultName };

    public void AddTo(Command command)
    {
        command.Options.Add(user);
        command.Options.Add(prefix);
        command.Options.Add(name);
    }

    /// <exception cref="ArgumentException">Both --user and --prefix were given.</exception>
    public string DataDirectory(ParseResult result) => (result.GetValue(user), result.GetValue(prefix)) switch
    {
        (true, not null) => throw new ArgumentException("Give --user or --prefix DIR, not both."),
        (_, { } directory) => JupyterDataDirectory.OfPrefix(directory.FullName),
        _ => JupyterDataDirectory.User(),
    };

    public string Name(ParseResult result) => result.GetValue(name)!;
}
