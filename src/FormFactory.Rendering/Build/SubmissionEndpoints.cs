using System;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Views;

namespace FormFactory.Rendering.Build
{
    /// <summary>
    /// Where each tenant's packages post. A tenant file's <c>submissionEndpoint</c> is the production address; a
    /// host that serves the packages itself (<c>formfactory serve</c>, <c>build --endpoint-origin</c>) moves every
    /// endpoint to its own origin and keeps the path, so the intake finds the tenant by the same path either way.
    /// </summary>
    public static class SubmissionEndpoints
    {
        /// <summary>The path of <paramref name="tenant"/>'s endpoint: that of its <c>submissionEndpoint</c>, or <c>/TENANT/submissions</c> when it has none.</summary>
        public static string PathOf(TenantModel tenant) =>
            Links.SafeHttpUrl(tenant.SubmissionEndpoint) is { } url ? new Uri(url).AbsolutePath : "/" + tenant.Id + "/submissions";

        /// <summary>
        /// <paramref name="catalog"/> with every tenant's endpoint at <paramref name="origin"/> (<c>http://127.0.0.1:5000</c>)
        /// and the path of <see cref="PathOf"/>; the packages' Content-Security-Policy then allows exactly that origin.
        /// </summary>
        /// <exception cref="ArgumentException"><paramref name="origin"/> is no http(s) origin.</exception>
        public static Catalog PointAt(Catalog catalog, string origin)
        {
            string root = OriginOf(origin);
            return catalog with { Tenants = new EquatableArray<TenantModel>(catalog.Tenants.Select(t => t with { SubmissionEndpoint = root + PathOf(t) })) };
        }

        /// <summary>The scheme, host and port of <paramref name="url"/>, without a trailing slash.</summary>
        /// <exception cref="ArgumentException"><paramref name="url"/> is no absolute http(s) URL.</exception>
        public static string OriginOf(string url) =>
            Links.SafeHttpUrl(url) is { } safe ? Links.Origin(safe) : throw new ArgumentException($"'{url}' is no http(s) origin such as http://127.0.0.1:5000");
    }
}
