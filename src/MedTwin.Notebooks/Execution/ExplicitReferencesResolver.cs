using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// Resolves <c>#r</c> paths as the scripting default does, but never looks for assemblies that a reference names and
/// nobody referenced. Every assembly the host runs on is already an explicit reference; the only ones left are
/// dependencies no package ships (ML.NET's FastTree names Microsoft.ML.OneDal). Resolving those afresh for each
/// submission builds new symbols for the assemblies around them, and a value from an earlier cell then no longer
/// converts to its own type (Roslyn issue 6457: "cannot convert from 'T [name]' to 'T [path]'").
/// </summary>
internal sealed class ExplicitReferencesResolver(ScriptMetadataResolver inner) : MetadataReferenceResolver
{
    private ScriptMetadataResolver Inner { get; } = inner;

    public override bool ResolveMissingAssemblies => false;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        Inner.ResolveReference(reference, baseFilePath, properties);

    public override bool Equals(object? other) => other is ExplicitReferencesResolver resolver && Inner.Equals(resolver.Inner);

    public override int GetHashCode() => Inner.GetHashCode();
}
