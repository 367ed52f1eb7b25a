using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Templates;

namespace FormFactory.Rendering.Build
{
    /// <summary>
    /// What a build has to do: every package and portal with the fingerprint of its inputs, and which of them differ
    /// from the previous build's state (or are missing on disk), and which packages and tenants no longer exist.
    /// A package's inputs are exactly what <see cref="Packages.PackageBuilder"/> reads: the bound form, the tenant
    /// (without its offers, and of its per-service settings only those for this service), the factory's published
    /// languages, the templates and the code; a portal's are the tenant, its offered forms and the languages.
    /// </summary>
    /// <param name="Items">Every package of the catalog.</param>
    /// <param name="Packages">"tenant/service" → fingerprint of the package's inputs.</param>
    /// <param name="Portals">Tenant id → fingerprint of the portal's inputs.</param>
    /// <param name="ToRender">Packages to render: new, changed or missing on disk (all of them on a cold build).</param>
    /// <param name="PortalsToRender">Tenants whose portal is to be rendered.</param>
    /// <param name="RemovedPackages">"tenant/service" of packages the previous build wrote that the catalog no longer has.</param>
    /// <param name="RemovedTenants">Tenants the previous build wrote that the catalog no longer has.</param>
    /// <param name="Cold">True when nothing of the previous build can be kept (no state, an interrupted build, other code, templates or layout).</param>
    /// <param name="Tenants">The catalog's tenants by id.</param>
    internal sealed record BuildPlan(IReadOnlyList<BuildItem> Items, IReadOnlyDictionary<string, string> Packages, IReadOnlyDictionary<string, string> Portals,
        IReadOnlyList<BuildItem> ToRender, IReadOnlyList<string> PortalsToRender, IReadOnlyList<string> RemovedPackages, IReadOnlyList<string> RemovedTenants,
        bool Cold, IReadOnlyDictionary<string, TenantModel> Tenants)
    {
        /// <summary>The tenant called <paramref name="id"/>.</summary>
        public TenantModel Tenant(string id) => Tenants[id];

        public bool NothingToDo => ToRender.Count == 0 && PortalsToRender.Count == 0 && RemovedPackages.Count == 0 && RemovedTenants.Count == 0;

        public static BuildPlan Make(Catalog catalog, TemplateSet templates, string tool, OutputLayout layout, BuildState? previous, Func<BuildItem, bool> packageOnDisk, Func<string, bool> portalOnDisk)
        {
            var items = CatalogRenderer.Items(catalog);
            string templateFingerprint = TemplatesFingerprint(templates);
            // The factory's published languages decide which pages every package and portal has.
            string languages = PublishedLanguages(catalog.Settings);
            var forms = catalog.Forms.GroupBy(f => f.Id).Select(g => g.First()).ToList();
            var formPrints = new string[forms.Count];
            Parallel.For(0, forms.Count, i => formPrints[i] = ModelFingerprint.Of(forms[i]));
            var formPrint = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < forms.Count; i++) formPrint[forms[i].Id] = formPrints[i];
            var tenantPrint = catalog.Tenants.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => ModelFingerprint.Of(g.First()), StringComparer.Ordinal);

            // A package reads of its tenant everything but the offers and the other services' settings, so adding or
            // removing a service elsewhere does not touch it.
            var tenantCore = catalog.Tenants.GroupBy(t => t.Id).ToDictionary(g => g.Key,
                g => ModelFingerprint.Of(g.First() with { Offers = EquatableArray<string>.Empty, OffersListed = false, Services = EquatableArray<TenantServiceSettings>.Empty }), StringComparer.Ordinal);
            var packagePrints = new string[items.Count];
            Parallel.For(0, items.Count, i =>
            {
                var item = items[i];
                var settings = item.Tenant.Services.FirstOrDefault(s => s.ServiceId == item.Form.Id);
                packagePrints[i] = ModelFingerprint.Combine("package", tool, templateFingerprint, languages, formPrint[item.Form.Id], tenantCore[item.Tenant.Id], ModelFingerprint.Of(settings));
            });
            var packages = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < items.Count; i++) packages[items[i].Name] = packagePrints[i];
            var portals = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in items.GroupBy(i => i.Tenant.Id))
                portals[group.Key] = ModelFingerprint.Combine(new[] { "portal", tool, templateFingerprint, languages, tenantPrint[group.Key] }.Concat(group.Select(i => formPrint[i.Form.Id])).ToArray());
            foreach (var tenant in catalog.Tenants)
                if (!portals.ContainsKey(tenant.Id)) portals[tenant.Id] = ModelFingerprint.Combine("portal", tool, templateFingerprint, languages, tenantPrint[tenant.Id]);

            bool cold = previous == null || !previous.Complete || previous.Tool != tool || previous.Templates != templateFingerprint || previous.Layout != layout;
            var toRender = cold ? items : items.Where(i => !Same(previous!.Packages, i.Name, packages[i.Name]) || !packageOnDisk(i)).ToList();
            var portalsToRender = portals.Keys.OrderBy(k => k, StringComparer.Ordinal)
                .Where(t => cold || !Same(previous!.Portals, t, portals[t]) || !portalOnDisk(t)).ToList();
            var removedPackages = cold ? new List<string>() : previous!.Packages.Keys.Where(k => !packages.ContainsKey(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var removedTenants = cold ? new List<string>() : previous!.Portals.Keys.Where(k => !portals.ContainsKey(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
            return new BuildPlan(items, packages, portals, toRender, portalsToRender, removedPackages, removedTenants, cold,
                catalog.Tenants.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        }

        private static string PublishedLanguages(FactorySettings factory) =>
            factory.LanguagesListed ? "languages:" + string.Join(",", factory.Languages) : "languages: all";

        /// <summary>The fingerprint of every template file's path and text.</summary>
        public static string TemplatesFingerprint(TemplateSet templates) =>
            ModelFingerprint.Combine(templates.Names.OrderBy(n => n, StringComparer.Ordinal).SelectMany(n => new[] { n, templates.File(n) }).ToArray());

        private static bool Same(IReadOnlyDictionary<string, string> previous, string key, string fingerprint) =>
            previous.TryGetValue(key, out var before) && before == fingerprint;
    }
}
