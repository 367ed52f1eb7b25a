using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using FormFactory.Testing;

namespace FormFactory.Intake.Tests.Support
{
    /// <summary>
    /// The intake as a real process on Kestrel (<c>dotnet FormFactory.Intake.dll</c>) on a free loopback port, on the
    /// sample catalog and the given store; can be killed with SIGKILL and started again on the same port and store.
    /// </summary>
    public sealed class HostProcess : IDisposable
    {
        private readonly string _store;
        private readonly Dictionary<string, string> _settings;
        private readonly StringBuilder _output = new();
        private System.Diagnostics.Process? _process;

        public HostProcess(string store, Dictionary<string, string>? settings = null)
        {
            _store = store;
            _settings = settings ?? new Dictionary<string, string>();
            Port = Support.FreePort.Next();
            Start();
        }

        public int Port { get; }
        public string BaseUrl => $"http://127.0.0.1:{Port}";
        public string Output { get { lock (_output) return _output.ToString(); } }

        public void Start()
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FormFactory.Intake.dll"));
            start.ArgumentList.Add("--urls=" + BaseUrl);
            start.ArgumentList.Add("--Intake:Definitions=" + Repository.Definitions);
            start.ArgumentList.Add("--Intake:Store=" + _store);
            start.ArgumentList.Add("--Intake:Today=2026-06-15");
            start.ArgumentList.Add("--Intake:PostsPerMinute=0");
            foreach (var (key, value) in _settings) start.ArgumentList.Add($"--{key}={value}");
            _process = System.Diagnostics.Process.Start(start)!;
            _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            WaitUntilHealthy();
        }

        /// <summary>SIGKILL: no shutdown, no flush; whatever was not committed is gone.</summary>
        public void Kill()
        {
            if (_process == null) return;
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
            _process.Dispose();
            _process = null;
        }

        private void WaitUntilHealthy()
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (_process!.HasExited) throw new InvalidOperationException("the intake exited with " + _process.ExitCode + ":\n" + Output);
                try
                {
                    if (client.GetAsync(BaseUrl + "/healthz").Result.StatusCode == HttpStatusCode.OK) return;
                }
                catch (AggregateException) { }
                Thread.Sleep(100);
            }
            throw new TimeoutException("the intake did not become healthy in 60 s:\n" + Output);
        }


        public void Dispose()
        {
            if (_process == null) return;
            try { _process.Kill(entireProcessTree: true); _process.WaitForExit(10_000); } catch (InvalidOperationException) { }
            _process.Dispose();
        }
    }
}
