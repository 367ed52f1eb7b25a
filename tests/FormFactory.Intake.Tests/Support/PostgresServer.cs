using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace FormFactory.Intake.Tests.Support
{
    /// <summary>
    /// A real PostgreSQL server for the tests (Debian's package, never a mock): initdb and pg_ctl in a temporary
    /// folder owned by the <c>postgres</c> user on a free loopback port, stopped and deleted on dispose. As root the
    /// server runs as <c>postgres</c> (it refuses to run as root); otherwise as the current user.
    /// </summary>
    public sealed class PostgresServer : IDisposable
    {
        private readonly string _folder;
        private readonly string _bin;
        private readonly bool _asPostgres;

        public PostgresServer()
        {
            _bin = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).OrderDescending().FirstOrDefault() ?? ""
                : "";
            if (_bin.Length == 0)
                throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): run tests/setup, which installs Debian's postgresql package");
            _asPostgres = Environment.UserName == "root";
            _folder = Path.Combine(Path.GetTempPath(), "formfactory-pg-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            if (_asPostgres) Run("chown", "postgres:postgres " + _folder, asPostgres: false);
            string data = Path.Combine(_folder, "data");
            Run(Path.Combine(_bin, "initdb"), $"-D {data} -A trust -U ff --no-sync -E UTF8", _asPostgres);
            Port = Support.FreePort.Next();
            // fsync stays on: the crash tests rely on commits being durable as in production.
            Run(Path.Combine(_bin, "pg_ctl"), $"-D {data} -l {Path.Combine(_folder, "log")} -o \"-k {_folder} -p {Port} -c listen_addresses=127.0.0.1 -c max_connections=200\" -w start", _asPostgres);
        }

        public int Port { get; }

        /// <summary>A connection string to a new, empty database.</summary>
        public string NewDatabase()
        {
            string name = "t" + Guid.NewGuid().ToString("N");
            using var source = Npgsql.NpgsqlDataSource.Create(ConnectionString("postgres"));
            using var command = source.CreateCommand("CREATE DATABASE " + name);
            command.ExecuteNonQuery();
            return ConnectionString(name);
        }

        public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=ff;Database={database};Pooling=true;Maximum Pool Size=50";


        private static void Run(string file, string arguments, bool asPostgres)
        {
            var start = asPostgres ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}") : new ProcessStartInfo(file, arguments);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.WorkingDirectory = "/tmp";
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            if (!process.WaitForExit(60_000)) { process.Kill(); throw new InvalidOperationException($"{file} did not finish in 60 s"); }
            if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}):\n{output}");
        }

        public void Dispose()
        {
            try { Run(Path.Combine(_bin, "pg_ctl"), $"-D {Path.Combine(_folder, "data")} -m immediate -w stop", _asPostgres); }
            catch (InvalidOperationException) { }
            try { Directory.Delete(_folder, true); } catch (IOException) { }
        }
    }
}
