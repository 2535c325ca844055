using System.IO.Compression;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MedTwin.Notebooks.Tests.Execution;

/// <summary>Small assemblies and packages made by the tests, so directives are tested without anything from outside.</summary>
internal static class TestAssemblies
{
    /// <summary>Compiles <c>public static class {name} { public static string Hello() => "{greeting}"; }</c> to a DLL.</summary>
    public static byte[] Greeter(string assemblyName, string greeting)
    {
        var code = $$"""namespace {{assemblyName}}; public static class Greeter { public static string Hello() => "{{greeting}}"; }""";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));
        using var dll = new MemoryStream();
        var emitted = compilation.Emit(dll);
        Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics));
        return dll.ToArray();
    }

    /// <summary>Writes <c>{id}.{version}.nupkg</c> holding the greeter DLL into <paramref name="folder"/>.</summary>
    public static void WriteGreeterPackage(string folder, string id, string version, string greeting)
    {
        Directory.CreateDirectory(folder);
        using var package = ZipFile.Open(Path.Combine(folder, $"{id}.{version}.nupkg"), ZipArchiveMode.Create);
        using (var nuspec = new StreamWriter(package.CreateEntry($"{id}.nuspec").Open()))
        {
            nuspec.Write($"""
                <?xml version="1.0" encoding="utf-8"?>
                <package>
                  <metadata>
                    <id>{id}</id>
                    <version>{version}</version>
                    <authors>MedTwin tests</authors>
                    <description>A package made by a test.</description>
                  </metadata>
                </package>
                """);
        }

        using var dll = package.CreateEntry($"lib/net{Environment.Version.Major}.0/{id}.dll").Open();
        dll.Write(Greeter(id, greeting));
    }
}
