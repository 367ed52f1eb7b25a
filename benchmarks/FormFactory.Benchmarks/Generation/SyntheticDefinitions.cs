using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Synthetic;
using Microsoft.CodeAnalysis;

namespace FormFactory.Benchmarks.Generation
{
    /// <summary>A synthetic catalog (<c>formfactory synth</c>) as the generator's additional files.</summary>
    public static class SyntheticDefinitions
    {
        /// <summary>
        /// The definition files of a catalog of <paramref name="services"/> services (seed 1, no tenants), with
        /// project-relative paths, sorted. The synthesizer writes files, so it writes into a temporary folder that is
        /// read back and deleted.
        /// </summary>
        public static IReadOnlyList<AdditionalText> Create(int services)
        {
            string folder = Path.Combine(Path.GetTempPath(), "formfactory-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                CatalogSynthesizer.Write(new SynthOptions { Services = services, Tenants = 0 }, folder);
                return Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
                    .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "schema")
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => (AdditionalText)new DefinitionText("definitions/" + Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))
                    .ToList();
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }
    }
}
