using System;
using System.Collections.Generic;

namespace FormFactory.Intake
{
    /// <summary>
    /// The configuration section <c>Intake</c> (appsettings.json, or environment variables such as
    /// <c>Intake__Store</c>); docs/intake.md lists every setting.
    /// </summary>
    public sealed class IntakeOptions
    {
        /// <summary>The definitions folder the intake validates against.</summary>
        public string Definitions { get; set; } = "definitions";

        /// <summary><c>sqlite:FILE</c> (default <c>sqlite:intake.db</c>) or <c>postgres:CONNECTION STRING</c>.</summary>
        public string Store { get; set; } = "sqlite:intake.db";

        /// <summary>A built catalog (<c>formfactory build --layout folders</c>) to serve as static files; none when null.</summary>
        public string? Packages { get; set; }

        /// <summary>
        /// The address citizens reach this host at (<c>https://formulare.example.org</c>), for status URLs and
        /// re-rendered pages; null takes the request's own scheme and host (after forwarded headers).
        /// </summary>
        public string? PublicOrigin { get; set; }

        /// <summary>Where a re-rendered page finds its package's files; <c>{tenant}</c> and <c>{service}</c> are replaced.</summary>
        public string PackageUrl { get; set; } = "/{tenant}/{service}/";

        /// <summary>Posts a client (IP address) may make per minute; 0 turns rate limiting off.</summary>
        public int PostsPerMinute { get; set; } = 60;

        /// <summary>The largest body any post may have, whatever a definition allows (bytes).</summary>
        public long MaxBodyBytes { get; set; } = 256L * 1024 * 1024;

        /// <summary>Origins of portals on other hosts allowed to post from the browser (CORS), per tenant id.</summary>
        public Dictionary<string, string[]> PortalOrigins { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Below this much free disk space next to a SQLite store, <c>/healthz</c> reports unhealthy (bytes).</summary>
        public long MinFreeDiskBytes { get; set; } = 256L * 1024 * 1024;

        /// <summary>
        /// The day the validator takes as today (<c>2026-06-15</c>); null for today in Europe/Berlin. For tests and
        /// demonstrations with fixed sample data only.
        /// </summary>
        public DateTime? Today { get; set; }

        /// <summary>Minutes between passes of the retention purge (the first runs at start); 0 turns it off.</summary>
        public double PurgeIntervalMinutes { get; set; } = 60;

        /// <summary>A request body must arrive at least this fast (bytes per second) once <see cref="SlowBodyGraceSeconds"/> have passed, or the connection is closed.</summary>
        public double MinBodyBytesPerSecond { get; set; } = 1024;

        /// <summary>How long a body may arrive slower than <see cref="MinBodyBytesPerSecond"/> (seconds).</summary>
        public double SlowBodyGraceSeconds { get; set; } = 10;

        /// <summary>Proxies whose <c>X-Forwarded-*</c> headers are believed (IP addresses); loopback always is.</summary>
        public string[] KnownProxies { get; set; } = Array.Empty<string>();
    }
}
