using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>Compiles what the generator produced, as a consumer's build with doc comments would.</summary>
    public static class CompiledOutput
    {
        /// <summary>Emits <paramref name="compilation"/> with an XML doc file and asserts there is no warning or error.</summary>
        public static byte[] AssertClean(Compilation compilation)
        {
            using var pe = new MemoryStream();
            using var xml = new MemoryStream();
            var result = compilation.Emit(pe, xmlDocumentationStream: xml);
            var problems = result.Diagnostics.Concat(compilation.GetDiagnostics())
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Distinct()
                .ToList();
            Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(30)));
            Assert.True(result.Success);
            return pe.ToArray();
        }

        /// <summary>Compiles cleanly and loads the assembly into a context of its own.</summary>
        public static Assembly Load(Compilation compilation)
        {
            var image = AssertClean(compilation);
            var context = new AssemblyLoadContext("generated", isCollectible: true);
            return context.LoadFromStream(new MemoryStream(image));
        }
    }
}
