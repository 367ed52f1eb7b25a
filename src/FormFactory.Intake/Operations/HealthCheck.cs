using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Intake.Storage;

namespace FormFactory.Intake.Operations
{
    /// <summary>What <c>/healthz</c> reports.</summary>
    /// <param name="Healthy">True when the store takes writes and the disk has room.</param>
    /// <param name="Store">The store's kind.</param>
    /// <param name="Writable">Whether a probe row could be written.</param>
    /// <param name="FreeDiskBytes">Free space on the disk of the store's file (or the working folder for PostgreSQL).</param>
    public sealed record HealthReport(bool Healthy, string Store, bool Writable, long FreeDiskBytes);

    /// <summary>Checks that the store is reachable and writable and the disk has room.</summary>
    public sealed class HealthCheck
    {
        private readonly ISubmissionStore _store;
        private readonly IntakeOptions _options;

        /// <summary>Checks <paramref name="store"/>.</summary>
        public HealthCheck(ISubmissionStore store, IntakeOptions options)
        {
            _store = store;
            _options = options;
        }

        /// <summary>Runs the checks.</summary>
        public async Task<HealthReport> CheckAsync(CancellationToken cancel)
        {
            bool writable = await _store.IsWritableAsync(cancel);
            string folder = _store is SqliteSubmissionStore sqlite ? Path.GetDirectoryName(sqlite.File)! : Directory.GetCurrentDirectory();
            // On Unix a DriveInfo of any path reports the file system that holds it.
            long free = new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace;
            return new HealthReport(writable && free >= _options.MinFreeDiskBytes, _store.Kind, writable, free);
        }
    }
}
