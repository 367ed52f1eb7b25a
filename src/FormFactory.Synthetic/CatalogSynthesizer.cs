using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Definitions;
using FormFactory.Synthetic.Parts;
using FormFactory.Workspace;

namespace FormFactory.Synthetic
{
    /// <summary>What a synthesis wrote.</summary>
    /// <param name="Services">Service files.</param>
    /// <param name="Tenants">Tenant files.</param>
    /// <param name="Blocks">Block files.</param>
    /// <param name="CodeLists">Code list files.</param>
    /// <param name="Leistungsbuendel">Distinct Leistungsbündel of the catalog.</param>
    /// <param name="Bytes">Bytes written.</param>
    /// <param name="Elapsed">Time taken.</param>
    public sealed record SynthResult(int Services, int Tenants, int Blocks, int CodeLists, int Leistungsbuendel, long Bytes, TimeSpan Elapsed);

    /// <summary>
    /// Writes a synthetic catalog shaped like the OZG catalog into a folder: <c>factory.json</c>, the published
    /// schemas, shared blocks and code lists, tenants of every municipality type, and services in the 14
    /// Themenfelder with a realistic mix of field types, conditions, repeats and rules, and three years of history.
    /// Deterministic: the same options give byte-identical files, whatever the number of cores.
    /// </summary>
    public static class CatalogSynthesizer
    {
        /// <summary>The file that marks a folder as synthetic, so a later run may replace it.</summary>
        public const string Marker = ".formfactory-synthetic";

        /// <summary>Writes the catalog into <paramref name="folder"/>, which must be empty, missing, or an earlier synthetic catalog (replaced whole).</summary>
        /// <param name="options">What to generate.</param>
        /// <param name="folder">Where.</param>
        /// <param name="progress">Receives the number of service files written so far, now and then.</param>
        /// <exception cref="ArgumentException">The options are out of range.</exception>
        /// <exception cref="IOException">The folder holds other files, or writing failed.</exception>
        public static SynthResult Write(SynthOptions options, string folder, IProgress<int>? progress = null)
        {
            if (options.Services < 1) throw new ArgumentException("At least one service is needed.", nameof(options));
            if (options.Tenants < 0) throw new ArgumentException("The number of tenants cannot be negative.", nameof(options));
            var clock = Stopwatch.StartNew();
            Prepare(folder);
            var plan = new CatalogPlan(options);
            long bytes = 0;
            void Put(string relative, byte[] content)
            {
                var path = Path.Combine(folder, relative);
                File.WriteAllBytes(path, content);
                Interlocked.Add(ref bytes, content.Length);
            }
            foreach (var sub in new[] { "schema", "blocks", "codelists", "tenants", "services" }) Directory.CreateDirectory(Path.Combine(folder, sub));
            foreach (var kind in SchemaFiles.Kinds)
                Put(Path.Combine("schema", SchemaChecker.SchemaName(kind)), Encoding.UTF8.GetBytes(SchemaChecker.SchemaText(kind)));
            Put("factory.json", FactorySettings.Write(options));
            int blocks = 0, lists = 0;
            foreach (var (id, json) in Blocks.All()) { Put(Path.Combine("blocks", id + ".block.json"), json); blocks++; }
            foreach (var (id, json) in CodeLists.All(options.Seed)) { Put(Path.Combine("codelists", id + ".codelist.json"), json); lists++; }
            Parallel.ForEach(plan.Tenants, t => Put(Path.Combine("tenants", t.Id + ".tenant.json"), Tenants.Write(plan, t)));
            int written = 0;
            Parallel.ForEach(plan.Services, s =>
            {
                Put(Path.Combine("services", s.Id + ".form.json"), Services.Write(plan, s));
                int n = Interlocked.Increment(ref written);
                if (n % 500 == 0) progress?.Report(n);
            });
            progress?.Report(written);
            File.WriteAllText(Path.Combine(folder, Marker), string.Format(CultureInfo.InvariantCulture,
                "formfactory synth --services {0} --tenants {1} --seed {2}\n", options.Services, options.Tenants, options.Seed));
            int buendel = plan.Services.Select(s => s.Buendel).Distinct().Count();
            return new SynthResult(plan.Services.Count, plan.Tenants.Count, blocks, lists, buendel, bytes, clock.Elapsed);
        }

        private static void Prepare(string folder)
        {
            if (!Directory.Exists(folder)) return;
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) return;
            if (!File.Exists(Path.Combine(folder, Marker)))
                throw new IOException($"{folder} is not empty and holds no synthetic catalog; choose an empty or new folder.");
            Directory.Delete(folder, recursive: true);
        }
    }
}
