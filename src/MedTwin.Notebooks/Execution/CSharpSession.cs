using System.Text;
using MedTwin.Data.Snapshots;
using MedTwin.Reproducibility;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// One Roslyn scripting session per notebook: cells are submissions run in order, each seeing the state the ones
/// before it left. Each submission runs on its own thread so a cell past its time limit can be abandoned.
/// </summary>
public sealed class CSharpSession
{
    /// <summary>The namespaces every cell imports, as Polyglot Notebooks' C# kernel does, plus MedTwin's.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading.Tasks",
        "Microsoft.Data.Analysis", "MedTwin.Charts", "MedTwin.Data.Snapshots", "MedTwin.Reproducibility", "MedTwin.Notebooks.Execution",
    ];

    private readonly ScriptGlobals globals = new();
    private ScriptOptions options;
    private ScriptState<object>? state;

    /// <summary>Creates a session whose <c>#r</c> and <c>#load</c> paths are relative to <paramref name="baseDirectory"/>.</summary>
    public CSharpSession(string baseDirectory)
    {
        options = ScriptOptions.Default
            .WithReferences(HostReferences())
            .WithImports(DefaultImports)
            .WithMetadataResolver(new ExplicitReferencesResolver(ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory)))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(baseDirectory))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
    }

    // Everything the host runs on is visible to cells: the framework, MedTwin and the packages it brings.
    private static Lazy<string[]> HostAssemblyPaths { get; } = new(() =>
    {
        _ = typeof(Snapshot).Assembly;
        _ = typeof(LibraryInfo).Assembly;
        return [.. ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal)];
    });

    // Each session reads the metadata afresh. Roslyn caches assembly symbols on a reference's metadata, and sessions
    // compiling at the same time over shared references could bind a later cell to symbols another session built, so
    // that a value from an earlier cell no longer converts to its own type ("cannot convert from 'T [name]' to 'T [path]'").
    // The XML documentation beside an assembly, where the build put one, is what the Jupyter kernel's inspection shows.
    private static MetadataReference[] HostReferences() =>
        [.. HostAssemblyPaths.Value.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path, documentation: Documentation(path)))];

    private static XmlDocumentationFile? Documentation(string assemblyPath)
    {
        var xml = Path.ChangeExtension(assemblyPath, ".xml");
        return File.Exists(xml) ? new XmlDocumentationFile(xml) : null;
    }

    /// <summary>Adds assemblies (e.g. restored packages) that later cells can use.</summary>
    public void AddReferences(IEnumerable<string> assemblyPaths) =>
        options = options.AddReferences(assemblyPaths.Select(path => MetadataReference.CreateFromFile(path)));

    /// <summary>
    /// Runs one cell's code. <paramref name="cellName"/> is the file name compiler messages and stack traces show.
    /// A cell that does not finish within <paramref name="timeout"/>, or is cancelled, is abandoned: its thread cannot
    /// be stopped, the session keeps the state from before it, and the outcome says so.
    /// </summary>
    public async Task<SubmissionOutcome> SubmitAsync(string code, string cellName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var cellOptions = options.WithFilePath(cellName);
        var script = state is null
            ? CSharpScript.Create(code, cellOptions, typeof(ScriptGlobals))
            : state.Script.ContinueWith(code, cellOptions);
        var compilation = script.GetCompilation();
        var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return new SubmissionOutcome.CompilationFailed(errors);
        }

        var hasValue = EndsInValue(compilation);
        var run = Task.Factory.StartNew(
            () => (state is null ? script.RunAsync(globals, _ => true) : script.RunFromAsync(state, _ => true)).GetAwaiter().GetResult(),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            var finished = await run.WaitAsync(timeout, cancellationToken);
            state = finished;
            return finished.Exception is { } exception
                ? new SubmissionOutcome.Threw(exception)
                : new SubmissionOutcome.Completed(hasValue, hasValue ? finished.ReturnValue : null);
        }
        catch (TimeoutException)
        {
            return new SubmissionOutcome.TimedOut(timeout);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new SubmissionOutcome.Cancelled();
        }
    }

    /// <summary>The compilation <paramref name="code"/> would get as the next cell, with the state of the cells before it; nothing runs.</summary>
    public Compilation Analyze(string code) =>
        (state is null ? CSharpScript.Create(code, options, typeof(ScriptGlobals)) : state.Script.ContinueWith(code, options)).GetCompilation();

    private static bool EndsInValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetCompilationUnitRoot().Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
