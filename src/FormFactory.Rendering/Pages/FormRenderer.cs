using System.Collections.Generic;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Views;
using Scriban.Runtime;

namespace FormFactory.Rendering.Pages
{
    /// <summary>
    /// Renders form pages. A host that receives a submission can answer a failed POST with the same page: pass the
    /// submitted values and the reference validator's errors as a <see cref="PageState"/>.
    /// </summary>
    public sealed class FormRenderer
    {
        /// <summary>The template of a form page.</summary>
        public const string PageTemplate = "form.html";

        private readonly TemplateSet _templates;

        /// <summary>Creates a renderer over <paramref name="templates"/>.</summary>
        public FormRenderer(TemplateSet templates) => _templates = templates;

        /// <summary>The page of <paramref name="form"/> for <paramref name="tenant"/> in <paramref name="language"/>.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        public string Render(FormModel form, TenantModel tenant, string language, PageState? state = null)
        {
            var page = FormPageBuilder.Build(form, tenant, language, state);
            return _templates.Render(PageTemplate, Globals(page, language));
        }

        internal static IReadOnlyDictionary<string, object?> Globals(object page, string language)
        {
            var ui = new ScriptObject();
            foreach (var (key, text) in UiTexts.All(language)) ui.SetValue(key, text, true);
            return new Dictionary<string, object?> { ["page"] = page, ["ui"] = ui };
        }
    }
}
