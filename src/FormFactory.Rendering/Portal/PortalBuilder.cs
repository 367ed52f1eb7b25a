using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Views;

namespace FormFactory.Rendering.Portal
{
    /// <summary>
    /// Renders a tenant's portal: every service it offers, grouped by Themenfeld, with a search box that the script
    /// reveals (without the script the full list is all there is, and all that is needed).
    /// </summary>
    public sealed class PortalBuilder
    {
        /// <summary>The portal template.</summary>
        public const string PageTemplate = "portal.html";
        /// <summary>The portal script's path in templates and output.</summary>
        public const string Script = "assets/portal.js";
        private const string ScriptTemplate = "assets/formfactory-portal.js";

        /// <summary>The names a portal page can have, one per interface language.</summary>
        public static IReadOnlyList<string> PageFiles { get; } = FormPageBuilder.InterfaceLanguages.Select(FormPageBuilder.PageFile).ToList();

        private readonly TemplateSet _templates;
        private readonly FactorySettings _factory;

        /// <summary>Creates a builder over <paramref name="templates"/> publishing the languages <paramref name="factory"/> allows (all when null).</summary>
        public PortalBuilder(TemplateSet templates, FactorySettings? factory = null)
        {
            _templates = templates;
            _factory = factory ?? FactorySettings.Default;
        }

        /// <summary>The portal files of <paramref name="tenant"/> for the forms it offers: a page per published language.</summary>
        public IReadOnlyList<PackageFile> Build(TenantModel tenant, IReadOnlyList<FormModel> forms)
        {
            var files = new List<PackageFile>();
            var languages = FormPageBuilder.InterfaceLanguages.Where(_factory.Publishes).ToList();
            foreach (var lang in languages)
            {
                var view = View(tenant, forms, lang, languages);
                files.Add(PackageFile.Text(FormPageBuilder.PageFile(lang), _templates.Render(PageTemplate, FormRenderer.Globals("page", view, lang))));
            }
            files.Add(PackageFile.Text(PackageBuilder.Stylesheet, _templates.File(PackageBuilder.Stylesheet)));
            files.Add(PackageFile.Text(Script, _templates.File(ScriptTemplate)));
            return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        }

        private PortalView View(TenantModel tenant, IReadOnlyList<FormModel> forms, string lang, IReadOnlyList<string> languages)
        {
            Text T(LocalizedText text) => text.TryGet(lang) is { } v ? new Text(v, lang, lang) : new Text(text.De, "de", lang);
            string other = UiTexts.Get("portal_other", lang);
            var groups = forms
                .GroupBy(f => f.Ozg?.Themenfeld ?? "")
                .OrderBy(g => g.Key.Length == 0 ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select((g, i) => new PortalGroup("themenfeld-" + (i + 1).ToString(CultureInfo.InvariantCulture),
                    g.Key.Length == 0 ? new Text(other, lang, lang) : new Text(g.Key, "de", lang),
                    g.OrderBy(f => f.Title.Get(lang), StringComparer.Ordinal)
                        .Select(f => new PortalService(T(f.Title), f.Summary == null ? null : T(f.Summary),
                            f.Id + "/" + FormPageBuilder.PageFile(FormPageBuilder.Languages(f, _factory).Contains(lang) ? lang : "de"), SearchText(f)))
                        .ToList()))
                .ToList();
            var contact = tenant.Contact;
            return new PortalView
            {
                Lang = lang,
                Languages = FormPageBuilder.LanguageLinks(languages, lang),
                TenantName = tenant.Name,
                Tenant = new TenantView(tenant.Id, tenant.Name, contact?.Name ?? "", contact?.Email ?? "", contact?.Phone ?? "", contact?.Address ?? "", null, null),
                Groups = groups,
            };
        }

        private static string SearchText(FormModel f)
        {
            var words = new List<string>();
            foreach (var t in f.Title.Translations) words.Add(t.Value);
            if (f.Summary != null) foreach (var t in f.Summary.Translations) words.Add(t.Value);
            words.AddRange(f.Keywords);
            if (f.Ozg != null) words.AddRange(new[] { f.Ozg.Themenfeld, f.Ozg.Leistungsbuendel, f.Ozg.Leistung }.Where(w => w != null)!);
            return string.Join(" ", words);
        }
    }
}
