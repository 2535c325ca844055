using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// The kernelspec that makes MedTwin's kernel appear in Jupyter, JupyterLab, VS Code and nbclient: a folder named after
/// the kernel holding <c>kernel.json</c> and the logos. See https://jupyter-client.readthedocs.io/en/stable/kernels.html#kernel-specs.
/// </summary>
public static class KernelSpec
{
    /// <summary>The kernel name <c>medtwin kernel install</c> uses unless told otherwise.</summary>
    public const string DefaultName = "medtwin-csharp";

    /// <summary>The name front ends show.</summary>
    public const string DisplayName = "C# (MedTwin)";

    /// <summary>The language the kernelspec names.</summary>
    public const string Language = "C#";

    private static readonly string[] Logos = ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"];

    /// <summary>
    /// Writes the kernelspec <paramref name="name"/> into <paramref name="dataDirectory"/>/kernels, replacing one of that
    /// name; returns its folder. <paramref name="commandLine"/> starts MedTwin; <c>kernel --connection-file {connection_file}</c> is appended.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a valid kernel name (<see cref="KernelName.Rule"/>).</exception>
    public static string Install(string dataDirectory, string name, IReadOnlyList<string> commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var folder = Folder(dataDirectory, name);
        Directory.CreateDirectory(folder);
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray([.. commandLine.Concat(["kernel", "--connection-file", "{connection_file}"]).Select(a => JsonValue.Create(a))]),
            ["display_name"] = DisplayName,
            ["language"] = Language,
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        AtomicFile.WriteText(Path.Combine(folder, "kernel.json"), spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        foreach (var logo in Logos)
        {
            using var resource = typeof(KernelSpec).Assembly.GetManifestResourceStream($"MedTwin.Notebooks.Jupyter.Logos.{logo}")
                ?? throw new InvalidOperationException($"The logo {logo} is not embedded in MedTwin.Notebooks.");
            AtomicFile.Write(Path.Combine(folder, logo), resource.CopyTo);
        }

        return folder;
    }

    /// <summary>Removes the kernelspec <paramref name="name"/> from <paramref name="dataDirectory"/>; returns its folder, or null if there was none.</summary>
    /// <exception cref="ArgumentException">The name is not a valid kernel name (<see cref="KernelName.Rule"/>).</exception>
    public static string? Uninstall(string dataDirectory, string name)
    {
        var folder = Folder(dataDirectory, name);
        if (!File.Exists(Path.Combine(folder, "kernel.json")))
        {
            return null;
        }

        Directory.Delete(folder, recursive: true);
        return folder;
    }

    private static string Folder(string dataDirectory, string name) => Path.Combine(dataDirectory, "kernels", KernelName.Checked(name));
}
