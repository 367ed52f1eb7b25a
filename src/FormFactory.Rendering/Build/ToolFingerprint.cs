using System.Linq;
using System.Reflection;

namespace FormFactory.Rendering.Build
{
    /// <summary>
    /// Identifies the code that produced a build: the module version ids of the given assemblies. Builds are
    /// deterministic, so a module version id changes exactly when the assembly's code or embedded files (templates,
    /// schemas) change; a rebuild with another tool renders everything again.
    /// </summary>
    public static class ToolFingerprint
    {
        /// <summary>The fingerprint of the rendering code and the semantic core.</summary>
        public static string Default { get; } = Of(typeof(ToolFingerprint).Assembly, typeof(Definitions.Model.Catalog).Assembly);

        /// <summary>The fingerprint of <paramref name="assemblies"/> (order does not matter).</summary>
        public static string Of(params Assembly[] assemblies) =>
            ModelFingerprint.Combine(assemblies.Select(a => a.GetName().Name + "@" + a.ManifestModule.ModuleVersionId.ToString("N")).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToArray());
    }
}
