using System;
using System.Linq;
using FormFactory.Intake.Catalog;
using Microsoft.AspNetCore.Http;

namespace FormFactory.Intake.Web
{
    /// <summary>
    /// CORS for the endpoints: a browser may post from this host's own pages and from the portal origins configured
    /// for the endpoint's tenants (<see cref="IntakeOptions.PortalOrigins"/>), from nowhere else.
    /// </summary>
    public sealed class PortalCors
    {
        private readonly IntakeCatalog _catalog;
        private readonly IntakeOptions _options;

        /// <summary>Creates the policy.</summary>
        public PortalCors(IntakeCatalog catalog, IntakeOptions options)
        {
            _catalog = catalog;
            _options = options;
        }

        /// <summary>Adds the CORS headers when the request's origin may use <paramref name="path"/>; true when it may.</summary>
        public bool Allow(HttpContext context, string path, string selfOrigin)
        {
            string? origin = context.Request.Headers.Origin.FirstOrDefault();
            if (origin == null) return true;
            bool allowed = string.Equals(origin, selfOrigin, StringComparison.OrdinalIgnoreCase) || _catalog.TenantsAt(path).Any(t =>
                _options.PortalOrigins.TryGetValue(t.Id, out var origins) && origins.Any(o => string.Equals(o.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase)));
            if (!allowed) return false;
            var h = context.Response.Headers;
            h.AccessControlAllowOrigin = origin;
            h.Vary = "Origin";
            h.AccessControlAllowMethods = "POST, OPTIONS";
            h.AccessControlAllowHeaders = "Content-Type, Accept, Idempotency-Key";
            h.AccessControlExposeHeaders = "Location, Retry-After";
            h.AccessControlMaxAge = "600";
            return true;
        }
    }
}
