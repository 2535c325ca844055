using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// The notebook-level metadata that makes Jupyter front ends (nbconvert, papermill, JupyterLab, VS Code) start MedTwin's
/// kernel without being told: <c>kernelspec</c> as <c>medtwin kernel install</c> writes it and <c>language_info</c> as the
/// kernel's <c>kernel_info_reply</c> states it. Cells keep their Polyglot metadata, so Polyglot Notebooks still opens them.
/// </summary>
public static class KernelMetadata
{
    /// <summary>
    /// Names MedTwin's kernel in a notebook whose cells are C# by default (Polyglot's <c>.net-csharp</c> included);
    /// a notebook of another default kernel is left as it is. Returns whether the notebook changed.
    /// </summary>
    public static bool Apply(NotebookDocument notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        if (notebook.DefaultKernelName != NotebookRunner.CSharpKernel)
        {
            return false;
        }

        var kernelSpec = new JsonObject
        {
            ["display_name"] = KernelSpec.DisplayName,
            ["language"] = KernelSpec.Language,
            ["name"] = KernelSpec.DefaultName,
        };
        var languageInfo = KernelInfo.LanguageInfo();
        if (JsonNode.DeepEquals(notebook.GetMetadata("kernelspec"), kernelSpec) && JsonNode.DeepEquals(notebook.GetMetadata("language_info"), languageInfo))
        {
            return false;
        }

        notebook.SetMetadata("kernelspec", kernelSpec);
        notebook.SetMetadata("language_info", languageInfo);
        return true;
    }
}
