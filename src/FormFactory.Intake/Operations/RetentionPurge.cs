using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Intake.Catalog;
using FormFactory.Intake.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FormFactory.Intake.Operations
{
    /// <summary>
    /// Deletes the data and attachments of delivered submissions once their tenant's (or service's)
    /// <c>retentionDays</c> have passed since delivery, keeping a tombstone; runs in the host every
    /// <see cref="IntakeOptions.PurgeIntervalMinutes"/>. Several hosts may run it at once: a purge only clears what is
    /// still there.
    /// </summary>
    public sealed class RetentionPurge : BackgroundService
    {
        private readonly IntakeCatalog _catalog;
        private readonly ISubmissionStore _store;
        private readonly TimeProvider _time;
        private readonly IntakeOptions _options;
        private readonly ILogger<RetentionPurge> _log;

        /// <summary>Creates the job.</summary>
        public RetentionPurge(IntakeCatalog catalog, ISubmissionStore store, TimeProvider time, IntakeOptions options, ILogger<RetentionPurge> log)
        {
            _catalog = catalog;
            _store = store;
            _time = time;
            _options = options;
            _log = log;
        }

        /// <summary>One pass over every tenant and offered service with a retention period; the number of submissions purged.</summary>
        public async Task<int> RunOnceAsync(CancellationToken cancel = default)
        {
            var now = _time.GetUtcNow();
            int purged = 0;
            foreach (var tenant in _catalog.Catalog.Tenants)
                foreach (var service in tenant.Offers.Distinct())
                    if (tenant.RetentionOf(service) is { } days)
                    {
                        int n = await _store.PurgeAsync(tenant.Id, service, now.AddDays(-days), now, cancel);
                        if (n > 0) _log.LogInformation("Purged {Count} submission(s) of {Tenant}/{Service} delivered more than {Days} day(s) ago", n, tenant.Id, service, days);
                        purged += n;
                    }
            return purged;
        }

        /// <inheritdoc />
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            if (_options.PurgeIntervalMinutes <= 0) return;
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(_options.PurgeIntervalMinutes), _time);
            do
            {
                try { await RunOnceAsync(stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next pass tries again; a failed purge deletes nothing half-way (one transaction per service).
                    _log.LogError(e, "The retention purge failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
    }
}
