using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Definitions.Binding;
using FormFactory.Testing;
using FormFactory.Workspace;

namespace FormFactory.Definitions.Tests.Robustness
{
    /// <summary>
    /// Property-style robustness: thousands of broken variants of the sample definitions, each bound as part of a
    /// catalog. No input may crash or hang the binder or the loader; every diagnostic must have a place, a known code and
    /// a message; and an input that yields no diagnostic must yield a complete model.
    /// </summary>
    /// <remarks>
    /// The run is seeded (<see cref="Fuzz.Seed"/>, default fixed, override with FORMFACTORY_FUZZ_SEED; the number of
    /// mutations with FORMFACTORY_FUZZ_COUNT). Failures name the seed, the mutation's number and what it did. A
    /// crash that takes the test host down (a stack overflow) reproduces with the same seed.
    /// </remarks>
    public class CatalogRobustnessTests
    {
        [Fact]
        public void EveryMutationStartsFromACatalogWithoutDiagnostics()
        {
            var random = new Random(Fuzz.Seed);
            foreach (var file in SampleCatalog.Files)
            {
                var files = SampleCatalog.ContextFor(file, file, random);
                var result = CatalogBinder.Bind(files);
                Assert.True(result.Diagnostics.Count == 0, $"{file.Path} with its context:\n" + string.Join("\n", result.Diagnostics));
            }
        }

        [Fact]
        public void MutatedDefinitionsNeverCrashTheBinder() =>
            Fuzz.Run("CatalogBinder.Bind", Fuzz.Count(3000), salt: 1, files => CatalogBinder.Bind(files));

        [Fact]
        public void MutatedDefinitionsNeverCrashTheWorkspaceLoader() =>
            Fuzz.Run("CatalogLoader.Bind", Fuzz.Count(3000) / 20, salt: 2, files => CatalogLoader.Bind(files));
    }

    /// <summary>The seeded mutation loop shared by the robustness tests.</summary>
    public static class Fuzz
    {
        public const int DefaultSeed = 20261123;

        /// <summary>How long one bind may take before it counts as a hang.</summary>
        public static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(20);

        public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("FORMFACTORY_FUZZ_SEED"), out var s) ? s : DefaultSeed;

        public static int Count(int fallback) => int.TryParse(Environment.GetEnvironmentVariable("FORMFACTORY_FUZZ_COUNT"), out var n) && n > 0 ? n : fallback;

        /// <summary>
        /// The random source of mutation <paramref name="index"/>, the same on every run and machine (unlike
        /// <see cref="HashCode"/>, which is randomised per process), so that one mutation can be replayed alone.
        /// </summary>
        public static Random RandomFor(int seed, int salt, int index) => new(unchecked((seed * 31 + salt) * 1_000_003 + index));

        public static void Run(string what, int count, int salt, Func<IReadOnlyList<DefinitionFile>, CatalogResult> bind)
        {
            int seed = Seed;
            var samples = SampleCatalog.Files;
            var failures = new ConcurrentDictionary<int, string>();
            var clock = Stopwatch.StartNew();
            int withoutDiagnostics = 0;
            // Mutations are independent (each has its own random source), so they run on every core.
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, loop) =>
            {
                var random = RandomFor(seed, salt, i);
                var original = samples[random.Next(samples.Count)];
                var (text, description) = new DefinitionMutator(random).Mutate(original.Text);
                var mutated = original with { Text = text };
                var files = SampleCatalog.ContextFor(original, mutated, random);
                string context = $"{what}, seed {seed}, mutation #{i} of {original.Path}: {description}";
                var run = Task.Run(() => bind(files));
                try
                {
                    if (!run.Wait(HangAfter))
                    {
                        failures[i] = $"{context}\n  did not finish within {HangAfter.TotalSeconds} s";
                        loop.Stop(); // the bind still runs; later timings would be skewed
                        return;
                    }
                }
                catch (AggregateException e)
                {
                    var inner = e.InnerException ?? e;
                    failures[i] = $"{context}\n  threw {inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}";
                    return;
                }
                var result = run.Result;
                if (result.Diagnostics.Count == 0) Interlocked.Increment(ref withoutDiagnostics);
                var violations = CatalogInvariants.Violations(files, result);
                if (violations.Count > 0) failures[i] = $"{context}\n  " + string.Join("\n  ", violations.Take(5));
                if (failures.Count >= 10) loop.Stop();
            });
            Assert.True(failures.IsEmpty,
                $"{failures.Count} failure(s) in {clock.Elapsed.TotalSeconds:F1} s; reproduce with FORMFACTORY_FUZZ_SEED={seed}" +
                $" (mutation #N alone: Fuzz.RandomFor({seed}, {salt}, N)):\n\n" + string.Join("\n\n", failures.OrderBy(f => f.Key).Take(10).Select(f => f.Value)));
            // A mutator that broke nothing would prove nothing.
            Assert.True(withoutDiagnostics < count / 2, $"{withoutDiagnostics} of {count} mutations produced no diagnostic; the mutator is too gentle.");
        }
    }
}
