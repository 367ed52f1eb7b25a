using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Testing;
using FormFactory.Workspace;

namespace FormFactory.Definitions.Tests.Robustness
{
    /// <summary>
    /// The seeded robustness suite's file-system cases (issue 18, items 1 and 5): definitions folders laid out with
    /// random symbolic links (loops, links to a parent, out of the folder, broken), FIFOs and deep nesting. Reading
    /// one must finish, never read a file outside the folder (its content must appear nowhere), and report each
    /// refused path with a known code. Seeded like the others (FORMFACTORY_FUZZ_SEED); failures name the seed and
    /// the layout. Every tree lives in its own temporary folder.
    /// </summary>
    public sealed class FileSystemRobustnessTests
    {
        private const string Secret = "FOREIGN-CONTENT-NEVER-READ";

        [Fact]
        public void RandomLinkAndFifoLayoutsAreReadInBoundedTimeWithoutForeignContent()
        {
            if (OperatingSystem.IsWindows()) return; // creating links needs rights there
            int seed = Fuzz.Seed;
            int count = Math.Max(1, Fuzz.Count(3000) / 100);
            var failures = new List<string>();
            for (int i = 0; i < count && failures.Count < 5; i++)
            {
                var random = Fuzz.RandomFor(seed, salt: 7, i);
                string root = Path.Combine(Path.GetTempPath(), "ff-fs-fuzz-" + Guid.NewGuid().ToString("N"));
                try
                {
                    var layout = Lay(root, random);
                    string definitions = Path.Combine(root, "definitions");
                    var contents = SpecialFiles.WithoutHanging(() => DefinitionFolder.ReadContents(definitions), "reading the folder");
                    var problems = new List<string>();
                    if (contents.Files.Any(f => f.Text.Contains(Secret))) problems.Add("a file outside the folder was read");
                    var result = CatalogLoader.Bind(contents.Files, contents.Problems);
                    if (result.Diagnostics.Any(d => d.Message.Contains(Secret))) problems.Add("a message quotes a file outside the folder");
                    var known = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet();
                    problems.AddRange(result.Diagnostics.Where(d => !known.Contains(d.Id)).Select(d => "unknown code " + d.Id));
                    if (problems.Count > 0)
                        failures.Add($"seed {seed}, layout #{i} (Fuzz.RandomFor({seed}, 7, {i})): {string.Join("; ", layout)}\n  {string.Join("\n  ", problems)}");
                }
                catch (Exception e)
                {
                    failures.Add($"seed {seed}, layout #{i}: threw {e.GetType().Name}: {e.Message}");
                }
                finally
                {
                    try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                }
            }
            Assert.True(failures.Count == 0, $"reproduce with FORMFACTORY_FUZZ_SEED={seed}:\n" + string.Join("\n\n", failures));
        }

        /// <summary>A definitions folder with a few sample files and random hostile entries; returns what it made.</summary>
        private static List<string> Lay(string root, Random random)
        {
            string definitions = Path.Combine(root, "definitions");
            string outside = Path.Combine(root, "outside");
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "fremd.form.json"), "{ \"id\": \"" + Secret + "\" ");
            File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
            var samples = SampleCatalog.Files;
            var folders = new List<string> { definitions };
            var made = new List<string>();
            for (int f = 0; f < 4; f++)
            {
                var sample = samples[random.Next(samples.Count)];
                string folder = Path.Combine(folders[random.Next(folders.Count)], "d" + f);
                Directory.CreateDirectory(folder);
                folders.Add(folder);
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(sample.Path)), sample.Text);
            }
            int hostile = 1 + random.Next(5);
            for (int h = 0; h < hostile; h++)
            {
                string at = folders[random.Next(folders.Count)];
                string name = "x" + h + (random.Next(2) == 0 ? ".form.json" : "");
                string path = Path.Combine(at, name);
                switch (random.Next(SpecialFiles.CanMakeFifo ? 7 : 6))
                {
                    case 0: Directory.CreateSymbolicLink(path, definitions); made.Add($"{Rel(root, path)} -> the folder"); break;
                    case 1: Directory.CreateSymbolicLink(path, ".."); made.Add($"{Rel(root, path)} -> .."); break;
                    case 2: Directory.CreateSymbolicLink(path, outside); made.Add($"{Rel(root, path)} -> outside/"); break;
                    case 3: File.CreateSymbolicLink(path, Path.Combine(outside, random.Next(2) == 0 ? "fremd.form.json" : "secret.txt")); made.Add($"{Rel(root, path)} -> a file outside"); break;
                    case 4: File.CreateSymbolicLink(path, Path.Combine(at, "missing-" + h)); made.Add($"{Rel(root, path)} -> nothing"); break;
                    case 5: Directory.CreateSymbolicLink(path, Path.Combine(root, "outside", "..", "definitions")); made.Add($"{Rel(root, path)} -> the folder through outside/.."); break;
                    default: SpecialFiles.MakeFifo(path); made.Add($"{Rel(root, path)} is a FIFO"); break;
                }
            }
            return made;
        }

        private static string Rel(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
    }
}
