using System;
using System.Collections.Generic;

namespace FormFactory.Rendering.Build
{
    /// <summary>How <see cref="CatalogRenderer"/> runs a build, and what it records for the next one.</summary>
    public sealed class RenderOptions
    {
        /// <summary>Told after each package.</summary>
        public IProgress<BuildProgress>? Progress { get; init; }

        /// <summary>Collects the phases and their timings; null records none.</summary>
        public BuildPhases? Phases { get; init; }

        /// <summary>What to write per package (default: folder and zip); a build in another layout than the previous one starts cold.</summary>
        public OutputLayout Layout { get; init; } = OutputLayout.Both;

        /// <summary>Fingerprint of the code that renders; a build by other code renders everything again.</summary>
        public string Tool { get; init; } = ToolFingerprint.Default;

        /// <summary>The definition files the catalog was loaded from (path → SHA-256), kept in the build state.</summary>
        public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();

        /// <summary>The warnings of loading the catalog, kept in the build state so an up-to-date rebuild can repeat them.</summary>
        public IReadOnlyList<string> Warnings { get; init; } = Array.Empty<string>();
    }
}
