using System.Collections.Generic;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;
using FormFactory.Generator.Naming;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>The settings the generator takes from MSBuild.</summary>
    /// <param name="RootNamespace">The namespace of the generated models; code list enums go to <c>.CodeLists</c> below it.</param>
    /// <param name="Problem">A warning about the settings, if any.</param>
    internal sealed record GeneratorOptions(string RootNamespace, Diagnostic? Problem)
    {
        /// <summary>The MSBuild property that sets the namespace (made visible to the compiler by the package's props).</summary>
        public const string RootNamespaceProperty = "build_property.FormFactoryRootNamespace";

        /// <summary>The project's own root namespace.</summary>
        public const string ProjectRootNamespaceProperty = "build_property.RootNamespace";

        /// <summary>
        /// Chooses the namespace: <c>FormFactoryRootNamespace</c> if set, else the project's root namespace (or, when
        /// that is not visible, its assembly name) followed by <c>.Forms</c>.
        /// </summary>
        public static GeneratorOptions From(string? configured, string? projectRootNamespace, string? assemblyName)
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                string wanted = configured!.Trim();
                if (IsValidNamespace(wanted)) return new GeneratorOptions(wanted, null);
                string fallback = Sanitize(wanted);
                var problem = Diagnostic.Create(DiagnosticDescriptors.InvalidRootNamespace, SourceLocation.WholeFile(""), wanted, fallback);
                return new GeneratorOptions(fallback, problem);
            }
            string project = !string.IsNullOrWhiteSpace(projectRootNamespace) ? projectRootNamespace!.Trim()
                : !string.IsNullOrWhiteSpace(assemblyName) ? assemblyName!.Trim()
                : "FormFactory";
            return new GeneratorOptions(Sanitize(project) + ".Forms", null);
        }

        /// <summary>True for a dotted name whose parts are identifiers and no keywords.</summary>
        public static bool IsValidNamespace(string name)
        {
            foreach (string part in name.Split('.'))
                if (!CSharpNames.IsUsableIdentifier(part)) return false;
            return true;
        }

        /// <summary>Makes a namespace of any text: characters that are not allowed become <c>_</c>, empty parts go.</summary>
        public static string Sanitize(string name)
        {
            var parts = new List<string>();
            foreach (string raw in name.Split('.'))
            {
                var chars = raw.Trim().ToCharArray();
                for (int i = 0; i < chars.Length; i++)
                    if (!(char.IsLetterOrDigit(chars[i]) || chars[i] == '_')) chars[i] = '_';
                string part = new string(chars);
                if (part.Length == 0) continue;
                if (char.IsDigit(part[0])) part = "_" + part;
                if (!CSharpNames.IsUsableIdentifier(part)) part = "_" + part;
                if (!CSharpNames.IsUsableIdentifier(part)) continue;
                parts.Add(part);
            }
            return parts.Count == 0 ? "FormFactory" : string.Join(".", parts);
        }
    }
}
