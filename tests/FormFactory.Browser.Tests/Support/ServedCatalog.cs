using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using FormFactory.Intake;
using FormFactory.Intake.Storage;
using FormFactory.Rendering;
using FormFactory.Rendering.Build;
using FormFactory.Rendering.Templates;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>
    /// What <c>formfactory serve</c> runs, in this process: the sample catalog built with every endpoint pointed at
    /// this host (<see cref="SubmissionEndpoints.PointAt"/>, folders layout), and the intake on Kestrel at a free
    /// loopback port serving it and receiving into a SQLite store in a temporary folder, the validator's day set to
    /// the samples' day.
    /// </summary>
    public sealed class ServedCatalog : IAsyncLifetime
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "formfactory-served-" + Guid.NewGuid().ToString("N"));
        private WebApplication? _app;

        public string Origin { get; private set; } = "";

        public ISubmissionStore Store => _app!.Services.GetRequiredService<ISubmissionStore>();

        public async Task InitializeAsync()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Origin = $"http://127.0.0.1:{port}";
            string packages = Path.Combine(_folder, "packages");
            new CatalogRenderer(TemplateSet.Load()).Render(SubmissionEndpoints.PointAt(BuiltCatalog.Load(), Origin), packages,
                new RenderOptions { Layout = OutputLayout.Folders });
            _app = IntakeApp.Create(new[]
            {
                "--urls=" + Origin, "--Intake:Definitions=" + Repository.Definitions, "--Intake:Store=sqlite:" + Path.Combine(_folder, "intake.db"),
                "--Intake:Packages=" + packages, "--Intake:PublicOrigin=" + Origin, "--Intake:Today=2026-06-15", "--Intake:PostsPerMinute=0",
                "--Intake:PurgeIntervalMinutes=0",
            });
            await _app.StartAsync();
        }

        public async Task DisposeAsync()
        {
            if (_app != null)
            {
                await _app.StopAsync();
                await _app.DisposeAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, true); } catch (IOException) { }
        }
    }
}
