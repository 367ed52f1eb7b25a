using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FormFactory.Benchmarks
{
    /// <summary>
    /// BenchmarkDotNet's short run (3 measured iterations: minutes, not an hour) with the memory diagnoser and a
    /// column for the fastest iteration, in this process. In process because the project BenchmarkDotNet would otherwise build around this one leaves
    /// FormFactory.Definitions out of its dependencies (the generator references it privately, as an analyzer must),
    /// so the benchmark process could not load it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class ShortInProcessAttribute : Attribute, IConfigSource
    {
        /// <summary>The short job with <paramref name="warmupCount"/> warm-up iterations.</summary>
        /// <param name="warmupCount">
        /// 3 as in BenchmarkDotNet's short job; more for microsecond benchmarks: all cases share this process, and the
        /// first one measured must not catch its code before tiered compilation has optimised it.
        /// </param>
        public ShortInProcessAttribute(int warmupCount = 3) =>
            Config = ManualConfig.CreateEmpty()
                .AddJob(Job.ShortRun.WithWarmupCount(warmupCount).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
                .AddDiagnoser(MemoryDiagnoser.Default)
                // The fastest iteration: on a shared machine the mean mostly measures the neighbours.
                .AddColumn(StatisticColumn.Min);

        /// <summary>The configuration.</summary>
        public IConfig Config { get; }
    }
}
