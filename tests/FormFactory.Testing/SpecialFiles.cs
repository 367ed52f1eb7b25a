using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace FormFactory.Testing
{
    /// <summary>File-system entries that are no regular files, for the tests that prove they are never read.</summary>
    public static class SpecialFiles
    {
        /// <summary>True where <see cref="MakeFifo"/> works (Linux, with <c>mkfifo</c>).</summary>
        public static bool CanMakeFifo => OperatingSystem.IsLinux();

        /// <summary>Makes a FIFO at <paramref name="path"/>: opening it for reading blocks until someone writes.</summary>
        public static void MakeFifo(string path)
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false })!;
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0) throw new InvalidOperationException($"mkfifo {path} failed with {mkfifo.ExitCode}");
        }

        /// <summary>Runs <paramref name="work"/> on another thread and fails when it does not finish in 30 s: a hang fails the test instead of stopping the run.</summary>
        public static T WithoutHanging<T>(Func<T> work, string what)
        {
            var run = Task.Run(work);
            if (!run.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException($"{what} did not finish within 30 s");
            return run.Result;
        }
    }
}
