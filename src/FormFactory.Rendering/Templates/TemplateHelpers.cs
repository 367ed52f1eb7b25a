using System;
using Scriban;
using Scriban.Runtime;

namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// The functions templates may call. Only these produce <see cref="RawHtml"/>; each is reviewed for the context it
    /// encodes for. <c>html_raw</c> is the one way for a template to write markup from a value; the default templates
    /// do not use it (a test holds them to that).
    /// </summary>
    internal static class TemplateHelpers
    {
        public static void Import(ScriptObject target, TemplateSet set)
        {
            // {{ render "partials/error-summary.html" page }}: the partial sees the value as `model`.
            target.Import("render", new Func<TemplateContext, string, object?, RawHtml>((context, name, model) =>
                new RawHtml(set.RenderPage(context, name, model))));
            // {{ render_field field }}: the partial of the field's type, templates/fields/<type>.html, sees it as `field`.
            target.Import("render_field", new Func<TemplateContext, Views.FieldView, RawHtml>((context, field) =>
                new RawHtml(set.RenderPage(context, "fields/" + field.Template + ".html", field, "field"))));
            // Trusted markup written by the template author; never data from a definition.
            target.Import("html_raw", new Func<string?, RawHtml>(markup => new RawHtml(markup ?? "")));
            // A JavaScript string literal, safe inside a script element; still HTML-encoded when written into an attribute.
            target.Import("js_string", new Func<object?, string>(value => Encoders.JsString(value?.ToString())));
        }
    }
}
