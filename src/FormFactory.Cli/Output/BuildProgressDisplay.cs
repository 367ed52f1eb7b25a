using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Rendering;
using FormFactory.Rendering.Build;
using Spectre.Console;

namespace FormFactory.Cli.Output
{
    /// <summary>
    /// Shows a build's progress and phases: on an interactive terminal a Spectre.Console progress bar and, at the end,
    /// a table of the phases; when the output is redirected (build logs) or captured (tests) plain lines: each phase as
    /// it finishes, and about twenty progress lines however many packages there are.
    /// </summary>
    internal abstract class BuildProgressDisplay : IDisposable
    {
        /// <summary>The display that suits <paramref name="stdout"/>.</summary>
        public static BuildProgressDisplay Create(TextWriter stdout) =>
            ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
                ? new Interactive()
                : new Plain(stdout);

        /// <summary>Told after each package.</summary>
        public abstract IProgress<BuildProgress> Progress { get; }

        /// <summary>A phase finished.</summary>
        public abstract void Phase(BuildPhase phase);

        /// <summary>The build is over (or failed): stop showing progress, show what is left to show of <paramref name="phases"/>.</summary>
        public abstract void Finish(BuildPhases phases);

        /// <inheritdoc />
        public virtual void Dispose() { }

        /// <summary>"  packages    12.3 s  45440 rendered …"</summary>
        internal static string Line(BuildPhase phase) =>
            string.Format(CultureInfo.InvariantCulture, "  {0,-9} {1,7:0.00} s  {2}", phase.Name, phase.Elapsed.TotalSeconds, phase.Detail);

        private sealed class Plain : BuildProgressDisplay, IProgress<BuildProgress>
        {
            private const int Lines = 20;
            private readonly TextWriter _out;
            private readonly object _lock = new();

            public Plain(TextWriter output) => _out = output;

            public override IProgress<BuildProgress> Progress => this;

            public void Report(BuildProgress value)
            {
                int step = Math.Max(1, value.Total / Lines);
                if (value.Done % step != 0 && value.Done != value.Total) return;
                lock (_lock) _out.WriteEscapedLine($"[{value.Done}/{value.Total}] {value.Item}");
            }

            public override void Phase(BuildPhase phase)
            {
                lock (_lock) _out.WriteEscapedLine(Line(phase));
            }

            public override void Finish(BuildPhases phases) { }
        }

        /// <summary>The progress bar runs on its own thread from the first package until <see cref="Finish"/>.</summary>
        private sealed class Interactive : BuildProgressDisplay, IProgress<BuildProgress>
        {
            private readonly object _lock = new();
            private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
            private Task? _live;
            private ProgressTask? _task;
            private bool _finished;

            public override IProgress<BuildProgress> Progress => this;

            public void Report(BuildProgress value)
            {
                var task = Start(value.Total);
                if (task == null) return;
                task.Value = Math.Max(task.Value, value.Done);
                task.Description = Markup.Escape(value.Item);
            }

            private ProgressTask? Start(int total)
            {
                lock (_lock)
                {
                    if (_live != null || _finished) return _task;
                    using var ready = new ManualResetEventSlim();
                    _live = Task.Run(() => AnsiConsole.Progress()
                        .AutoClear(false)
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                        .Start(context =>
                        {
                            _task = context.AddTask("Rendering packages", maxValue: total);
                            ready.Set();
                            _done.Task.Wait();
                            _task.Value = _task.MaxValue;
                        }));
                    while (!ready.Wait(100) && !_live.IsCompleted) { } // a console that cannot show progress ends the task at once
                    return _task;
                }
            }

            public override void Phase(BuildPhase phase) { } // shown as a table at the end

            public override void Finish(BuildPhases phases)
            {
                lock (_lock)
                {
                    if (_finished) return;
                    _finished = true;
                }
                _done.TrySetResult();
                _live?.Wait();
                var table = new Table().AddColumn("phase").AddColumn(new TableColumn("seconds").RightAligned()).AddColumn("what");
                foreach (var phase in phases.All)
                    table.AddRow(Markup.Escape(phase.Name), phase.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(phase.Detail));
                AnsiConsole.Write(table);
            }

            public override void Dispose()
            {
                _done.TrySetResult();
                _live?.Wait();
            }
        }
    }
}
