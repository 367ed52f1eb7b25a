using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Views;
using Scriban.Runtime;

namespace FormFactory.Rendering.Pages
{
    /// <summary>The steps of a form page and their markup, for one service, language and state: the part of a page that shows nothing of the tenant.</summary>
    /// <param name="Form">The service.</param>
    /// <param name="Language">The page's language.</param>
    /// <param name="State">The values and errors shown.</param>
    /// <param name="Steps">The steps.</param>
    /// <param name="Html">Their markup (template <c>partials/steps.html</c>).</param>
    public sealed record FormBody(FormModel Form, string Language, PageState State, IReadOnlyList<StepView> Steps, RawHtml Html)
    {
        /// <summary>The languages the form is published in, which the page links to; null for every language the form has.</summary>
        public IReadOnlyList<string>? Published { get; init; }

        /// <summary>
        /// The package's address (<c>/rossdorf/hundAnmelden/</c>) when the page is answered from another address than
        /// its package's, as a host re-rendering a posted form does: its links to assets, portal and languages then
        /// start there. Null keeps them relative to the package, as a build writes them.
        /// </summary>
        public string? PackageUrl { get; init; }
    }

    /// <summary>A form page cut around its steps' markup: what comes before and after it is the tenant's own.</summary>
    /// <param name="Before">The page up to the steps.</param>
    /// <param name="After">The page after the steps.</param>
    public sealed record PageLayout(string Before, string After);

    /// <summary>
    /// Renders form pages. A host that receives a submission can answer a failed POST with the same page: pass the
    /// submitted values and the reference validator's errors as a <see cref="PageState"/>.
    /// A page is its steps (<see cref="Body"/>, the same for every tenant) inside the tenant's layout
    /// (<see cref="Layout"/>), so a build renders the steps once per service and language.
    /// </summary>
    public sealed class FormRenderer
    {
        /// <summary>The template of a form page.</summary>
        public const string PageTemplate = "form.html";

        /// <summary>The template of a page's steps.</summary>
        public const string StepsTemplate = "partials/steps.html";

        // Stands in for the steps while the layout renders; no template text or encoded value contains it.
        private const string StepsMarker = "\u0000formfactory-steps\u0000";

        private readonly TemplateSet _templates;

        /// <summary>Creates a renderer over <paramref name="templates"/>.</summary>
        public FormRenderer(TemplateSet templates) => _templates = templates;

        /// <summary>The page of <paramref name="form"/> for <paramref name="tenant"/> in <paramref name="language"/>.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public string Render(FormModel form, TenantModel tenant, string language, PageState? state = null) =>
            Render(Body(form, language, state), tenant);

        /// <summary>The page of <paramref name="body"/>'s form for <paramref name="tenant"/>.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public string Render(FormBody body, TenantModel tenant) =>
            _templates.Render(PageTemplate, Globals("page", Page(body, tenant, body.Html), body.Language));

        /// <summary>The steps of the page of <paramref name="form"/> in <paramref name="language"/>, rendered.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public FormBody Body(FormModel form, string language, PageState? state = null)
        {
            state ??= PageState.Empty;
            var steps = FormPageBuilder.Steps(form, language, state);
            string html = _templates.Render(StepsTemplate, Globals("model", steps, language));
            return new FormBody(form, language, state, steps, new RawHtml(html));
        }

        /// <summary>
        /// The page of <paramref name="body"/>'s form for <paramref name="tenant"/> without the steps' markup, which
        /// goes between <see cref="PageLayout.Before"/> and <see cref="PageLayout.After"/>; null when the page template
        /// does not show <c>page.steps_html</c> exactly once as it is (then <see cref="Render(FormBody, TenantModel)"/> it whole).
        /// </summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public PageLayout? Layout(FormBody body, TenantModel tenant)
        {
            string html = _templates.Render(PageTemplate, Globals("page", Page(body, tenant, new RawHtml(StepsMarker)), body.Language));
            int at = html.IndexOf(StepsMarker, StringComparison.Ordinal);
            if (at < 0 || html.IndexOf(StepsMarker, at + StepsMarker.Length, StringComparison.Ordinal) >= 0) return null;
            return new PageLayout(html.Substring(0, at), html.Substring(at + StepsMarker.Length));
        }

        private static PageView Page(FormBody body, TenantModel tenant, RawHtml stepsHtml)
        {
            var page = FormPageBuilder.Build(body.Form, tenant, body.Language, body.State, body.Steps) with { StepsHtml = stepsHtml };
            if (body.Published != null) page = page with { Languages = FormPageBuilder.LanguageLinks(body.Published, body.Language) };
            if (body.PackageUrl is { } at)
                page = page with
                {
                    Stylesheet = at + page.Stylesheet, ScriptLibrary = at + page.ScriptLibrary, Script = at + page.Script, PortalHref = at + page.PortalHref,
                    Languages = page.Languages.Select(l => l with { Href = at + l.Href }).ToList(),
                };
            return page;
        }

        internal static IReadOnlyDictionary<string, object?> Globals(string name, object value, string language) =>
            new Dictionary<string, object?> { [name] = value, ["ui"] = UiObjects.GetOrAdd(language, UiObject) };

        // The interface texts as templates see them, made once per language and only read (by any number of renders at once).
        private static readonly ConcurrentDictionary<string, ScriptObject> UiObjects = new(StringComparer.Ordinal);

        private static ScriptObject UiObject(string language)
        {
            var ui = new ScriptObject();
            foreach (var (key, text) in UiTexts.All(language)) ui.SetValue(key, text, true);
            ui.IsReadOnly = true;
            return ui;
        }
    }
}
