using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Intake.Receiving;
using FormFactory.Rendering.Build;
using FormFactory.Rendering.Schema;
using FormFactory.Runtime.Submissions;
using FormFactory.Workspace;

namespace FormFactory.Intake.Catalog
{
    /// <summary>A service as the intake receives it: its bound model and what is derived from it once.</summary>
    /// <param name="Form">The bound definition (the current version: the only one the intake validates against).</param>
    /// <param name="Shape">How its multipart post converts to JSON.</param>
    /// <param name="BodyLimit">The largest body a post of it may have (<see cref="BodyLimits"/>).</param>
    /// <param name="Prefix">The first part of its reference numbers.</param>
    public sealed record IntakeService(FormModel Form, SubmissionShape Shape, long BodyLimit, string Prefix);

    /// <summary>
    /// The catalog the intake serves, loaded once at start: which tenants each endpoint path stands for, and per
    /// service what receiving needs.
    /// </summary>
    public sealed class IntakeCatalog
    {
        private readonly Dictionary<string, IntakeService> _services;
        private readonly Dictionary<string, IReadOnlyList<TenantModel>> _endpoints;

        /// <summary>Prepares <paramref name="catalog"/>; no body may exceed <paramref name="maxBodyBytes"/>.</summary>
        public IntakeCatalog(Definitions.Model.Catalog catalog, long maxBodyBytes)
        {
            Catalog = catalog;
            _services = catalog.Forms.ToDictionary(f => f.Id, f => new IntakeService(f, SubmissionShapes.For(f), Math.Min(maxBodyBytes, BodyLimits.For(f)),
                ReferenceNumbers.PrefixOf(f.Id)), StringComparer.Ordinal);
            _endpoints = catalog.Tenants.GroupBy(SubmissionEndpoints.PathOf, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<TenantModel>)g.ToList(), StringComparer.Ordinal);
        }

        /// <summary>Loads and binds the definitions folder <paramref name="path"/>.</summary>
        /// <exception cref="InvalidOperationException">The catalog has errors (listed in the message).</exception>
        public static IntakeCatalog Load(string path, long maxBodyBytes)
        {
            var result = CatalogLoader.Load(path);
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count > 0)
                throw new InvalidOperationException($"the catalog in {path} has {errors.Count} error(s); fix them first:\n" + string.Join("\n", errors.Take(20)));
            return new IntakeCatalog(result.Catalog, maxBodyBytes);
        }

        /// <summary>The bound catalog.</summary>
        public Definitions.Model.Catalog Catalog { get; }

        /// <summary>Every endpoint path (<c>/formfactory/rossdorf/submissions</c>).</summary>
        public IEnumerable<string> EndpointPaths => _endpoints.Keys;

        /// <summary>The tenants whose endpoint is <paramref name="path"/> (usually one).</summary>
        public IReadOnlyList<TenantModel> TenantsAt(string path) => _endpoints.TryGetValue(path, out var t) ? t : Array.Empty<TenantModel>();

        /// <summary>The service <paramref name="id"/>, if the catalog has it.</summary>
        public IntakeService? Service(string id) => _services.TryGetValue(id, out var s) ? s : null;

        /// <summary>The largest body a post to <paramref name="path"/> may have: that of the largest service its tenants offer.</summary>
        public long BodyLimitAt(string path) =>
            TenantsAt(path).SelectMany(t => t.Offers).Select(Service).Where(s => s != null).Select(s => s!.BodyLimit).DefaultIfEmpty(BodyLimits.DataAllowance).Max();
    }
}
