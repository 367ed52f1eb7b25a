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
            // {{ render "partials/error-summary.html" page }} and {{ render_field field }}: see PartialFunction.
            target.SetValue("render", PartialFunction.Render(set), true);
            target.SetValue("render_field", PartialFunction.RenderField(set), true);
            // Trusted markup written by the template author; never data from a definition.
            target.Import("html_raw", new Func<string?, RawHtml>(markup => new RawHtml(markup ?? "")));
            // A JavaScript string literal, safe inside a script element; still HTML-encoded when written into an attribute.
            target.Import("js_string", new Func<object?, string>(value => Encoders.JsString(value?.ToString())));
        }
    }
}
