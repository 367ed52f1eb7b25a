using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormFactory.Definitions.Files;

namespace FormFactory.Rendering.Build
{
    /// <summary>
    /// What the last successful build wrote into an output folder (<see cref="FileName"/>): the tool and template
    /// fingerprints, the output layout, the content hash of every definition file it read, the warnings it reported, and per package
    /// and portal the fingerprint of its inputs. A rebuild renders only what is missing from it or differs.
    /// The file holds no timestamps, so two builds of the same inputs write the same bytes.
    /// It is also the record of what a build made: a build deletes only packages and tenant folders a state lists.
    /// While a build runs, the folder holds an incomplete state (<see cref="Complete"/> false) listing what it has
    /// and is about to make, so an interrupted build is followed by a cold one that still knows what is its own.
    /// </summary>
    /// <param name="Tool">Fingerprint of the code that renders (see <see cref="ToolFingerprint"/>).</param>
    /// <param name="Templates">Fingerprint of the template set.</param>
    /// <param name="Layout">What the build wrote per package: folder, zip or both.</param>
    /// <param name="Inputs">Definition file path → SHA-256 of its bytes.</param>
    /// <param name="Warnings">The warnings the build reported, as printed.</param>
    /// <param name="Packages">"tenant/service" → fingerprint of the package's inputs.</param>
    /// <param name="Portals">Tenant id → fingerprint of the portal's inputs.</param>
    public sealed record BuildState(
        string Tool,
        string Templates,
        OutputLayout Layout,
        IReadOnlyDictionary<string, string> Inputs,
        IReadOnlyList<string> Warnings,
        IReadOnlyDictionary<string, string> Packages,
        IReadOnlyDictionary<string, string> Portals)
    {
        /// <summary>The state file's name in the output folder.</summary>
        public const string FileName = ".formfactory-build.json";

        private const int FormatVersion = 3; // 2: with the layout; 3: with "complete"

        /// <summary>The most a state file may hold: far more than a catalog of 50,000 services writes, and bounded, so a device in its place cannot fill memory.</summary>
        private const long MaxFileBytes = 256L * 1024 * 1024;

        /// <summary>False while a build runs: the folder is half-built, and the next build is a cold one.</summary>
        public bool Complete { get; init; } = true;

        /// <summary>The tenants whose folders this state lists as made by a build: those with a portal or a package.</summary>
        public IReadOnlySet<string> ListedTenants() =>
            Portals.Keys.Concat(Packages.Keys.Select(k => k.IndexOf('/') is int slash and >= 0 ? k.Substring(0, slash) : k)).ToHashSet(StringComparer.Ordinal);

        /// <summary>
        /// The state in <paramref name="outputDirectory"/>, or null when there is none or it cannot be read (then the
        /// build starts cold, and deletes nothing it finds). A state naming a package or tenant that is no plain name
        /// below the folder (<c>..</c>, an absolute path) is refused as a whole: it was not written by a build.
        /// </summary>
        public static BuildState? TryLoad(string outputDirectory)
        {
            string path = Path.Combine(outputDirectory, FileName);
            if (!File.Exists(path)) return null;
            try
            {
                using var document = JsonDocument.Parse(SafeFiles.In(outputDirectory).ReadAllBytes(path, MaxFileBytes));
                var root = document.RootElement;
                int version = root.GetProperty("formfactoryBuildState").GetInt32();
                if (version != FormatVersion && version != 2) return null;
                var state = new BuildState(
                    root.GetProperty("tool").GetString()!,
                    root.GetProperty("templates").GetString()!,
                    OutputLayouts.Parse(root.GetProperty("layout").GetString()!),
                    Map(root.GetProperty("inputs")),
                    root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList(),
                    Map(root.GetProperty("packages")),
                    Map(root.GetProperty("portals")))
                {
                    Complete = version == 2 || root.GetProperty("complete").GetBoolean(),
                };
                bool confined = state.Packages.Keys.All(k => k.Split('/').Length == 2 && OutputPaths.IsPlain(k)) && state.Portals.Keys.All(k => k.IndexOf('/') < 0 && OutputPaths.IsPlain(k));
                return confined ? state : null;
            }
            catch (Exception e) when (e is JsonException or ArgumentException or KeyNotFoundException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
            {
                return null; // a damaged or foreign file: build everything again
            }
        }

        /// <summary>Writes the state into <paramref name="outputDirectory"/>, keys sorted.</summary>
        public void Save(string outputDirectory)
        {
            string path = Path.Combine(outputDirectory, FileName);
            File.Delete(path); // a link in its place is removed, not written through
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var w = new Utf8JsonWriter(stream, options))
            {
                w.WriteStartObject();
                w.WriteNumber("formfactoryBuildState", FormatVersion);
                w.WriteString("tool", Tool);
                w.WriteString("templates", Templates);
                w.WriteString("layout", Layout.Name());
                w.WriteBoolean("complete", Complete);
                WriteMap(w, "inputs", Inputs);
                w.WriteStartArray("warnings");
                foreach (var warning in Warnings) w.WriteStringValue(warning);
                w.WriteEndArray();
                WriteMap(w, "packages", Packages);
                WriteMap(w, "portals", Portals);
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }

        /// <summary>True when <paramref name="inputs"/> are exactly the files this state was built from.</summary>
        public bool SameInputs(IReadOnlyDictionary<string, string> inputs) =>
            inputs.Count == Inputs.Count && inputs.All(i => Inputs.TryGetValue(i.Key, out var hash) && hash == i.Value);

        private static Dictionary<string, string> Map(JsonElement element) =>
            element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

        private static void WriteMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, string> map)
        {
            w.WriteStartObject(name);
            foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(key, value);
            w.WriteEndObject();
        }
    }
}
