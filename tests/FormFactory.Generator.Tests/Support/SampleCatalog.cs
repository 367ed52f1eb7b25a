using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>The bundled sample catalog (<c>definitions/</c> at the repository root) as additional texts.</summary>
    public static class SampleCatalog
    {
        /// <summary>The folder that holds FormFactory.sln.</summary>
        public static string Root => FormFactory.Testing.Repository.Root;

        /// <summary>Every definition file (not the schemas), with repository-relative paths.</summary>
        public static IReadOnlyList<AdditionalText> Texts() =>
            Directory.EnumerateFiles(Path.Combine(Root, "definitions"), "*.json", SearchOption.AllDirectories)
                .Where(f => !f.Replace('\\', '/').Contains("/schema/"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (AdditionalText)new InMemoryAdditionalText(Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllText(f)))
                .ToList();

        /// <summary>The ids of the sample services, from their file names.</summary>
        public static IEnumerable<object[]> ServiceIds() =>
            Directory.EnumerateFiles(Path.Combine(Root, "definitions", "services"), "*.form.json")
                .Select(f => Path.GetFileName(f)[..^".form.json".Length])
                .OrderBy(id => id, StringComparer.Ordinal)
                .Select(id => new object[] { id });
    }
}
