using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FormFactory.Benchmarks
{
    /// <summary>
    /// BenchmarkDotNet's short run (3 warm-up and 3 measured iterations: minutes, not an hour) with the memory
    /// diagnoser, in this process. In process because the project BenchmarkDotNet would otherwise build around this
    /// one leaves FormFactory.Definitions out of its dependencies (the generator references it privately, as an
    /// analyzer must), so the benchmark process could not load it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class ShortInProcessAttribute : Attribute, IConfigSource
    {
        /// <summary>The configuration.</summary>
        public IConfig Config { get; } = ManualConfig.CreateEmpty()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
            .AddDiagnoser(MemoryDiagnoser.Default);
    }
}
