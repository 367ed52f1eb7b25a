using System;
using System.IO;
using System.Threading;
using FormFactory.Rendering;
using Spectre.Console;

namespace FormFactory.Cli.Output
{
    /// <summary>
    /// Shows a build's progress: a Spectre.Console progress bar on an interactive terminal, one plain line per package
    /// when the output is redirected (build logs) or captured (tests).
    /// </summary>
    internal static class BuildProgressDisplay
    {
        /// <summary>Runs <paramref name="build"/>, reporting its progress to <paramref name="stdout"/>.</summary>
        public static T Run<T>(TextWriter stdout, Func<IProgress<BuildProgress>, T> build)
        {
            bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
            if (!interactive)
            {
                var plain = new PlainProgress(stdout);
                return build(plain);
            }
            T result = default!;
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Rendering packages");
                    result = build(new BarProgress(task));
                    task.Value = task.MaxValue;
                });
            return result;
        }

        private sealed class PlainProgress : IProgress<BuildProgress>
        {
            private readonly TextWriter _out;
            private readonly object _lock = new();

            public PlainProgress(TextWriter output) => _out = output;

            public void Report(BuildProgress value)
            {
                lock (_lock) _out.WriteLine($"[{value.Done}/{value.Total}] {value.Item}");
            }
        }

        private sealed class BarProgress : IProgress<BuildProgress>
        {
            private readonly ProgressTask _task;
            private int _done;

            public BarProgress(ProgressTask task) => _task = task;

            public void Report(BuildProgress value)
            {
                _task.MaxValue = value.Total;
                int done = Interlocked.Increment(ref _done);
                _task.Value = done;
                _task.Description = Markup.Escape(value.Item);
            }
        }
    }
}
