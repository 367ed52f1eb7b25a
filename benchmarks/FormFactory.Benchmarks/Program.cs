using BenchmarkDotNet.Running;

namespace FormFactory.Benchmarks
{
    /// <summary>Runs the benchmarks chosen on the command line (<c>--filter</c>, <c>--job</c>, …; see docs/benchmarks.md).</summary>
    public static class Program
    {
        /// <summary>Hands the arguments to BenchmarkDotNet's switcher.</summary>
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
