using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;
using FormFactory.Runtime;

namespace FormFactory.Rendering.Tests
{
    /// <summary>
    /// Definitions and submissions full of hostile text render as literal text: encoded in HTML, never markup, never
    /// evaluated as a template, and URLs from definitions cannot become <c>javascript:</c> links.
    /// </summary>
    public class EscapingTests
    {
        private const string Hostile = "</textarea><script>alert(1)</script>{{ 1+1 }}\"'<b>x</b>&amp;";
        private static readonly string Encoded = Encoders.Html(Hostile);
        private static readonly TemplateSet Templates = TemplateSet.Load();

        private static readonly HashSet<string> KnownTags = new()
        {
            "!DOCTYPE", "html", "head", "meta", "title", "link", "script", "body", "a", "header", "div", "p", "nav", "ul", "li", "main", "h1", "h2",
            "form", "input", "fieldset", "legend", "span", "label", "select", "option", "textarea", "button", "section", "strong", "br", "footer",
            "address", "template", "noscript",
        };

        private static Catalog HostileCatalog()
        {
            string h = InlineCatalog.Json(Hostile);
            return new InlineCatalog()
                .File("codelists/boese.codelist.json", $$"""
                    { "id": "boese", "values": [
                        { "code": "a", "label": {{h}}, "description": {{h}} },
                        { "code": "\"><img src=x onerror=alert(2)>", "label": {{h}} } ] }
                    """)
                .File("codelists/viele.codelist.json", "{ \"id\": \"viele\", \"values\": [" + string.Join(",", Enumerable.Range(1, 9).Select(i => $$"""{ "code": "c{{i}}", "label": {{h}} }""")) + "] }")
                .File("services/boese.form.json", $$"""
                    { "id": "boese", "version": "1.0.0", "title": { "de": {{h}}, "en": {{h}} }, "summary": {{h}}, "legalBasis": [ {{h}} ],
                      "steps": [ { "id": "eins", "title": {{h}}, "description": {{h}}, "fields": [
                        { "id": "info", "type": "info", "text": {{h}} },
                        { "id": "name", "type": "text", "label": {{h}}, "hint": {{h}}, "required": true, "messages": { "required": {{h}} } },
                        { "id": "text", "type": "textarea", "label": {{h}} },
                        { "id": "wahl", "type": "choice", "codeList": "boese", "label": {{h}} },
                        { "id": "liste", "type": "choice", "codeList": "viele", "label": {{h}} },
                        { "id": "mehr", "type": "multiChoice", "codeList": "boese", "label": {{h}} },
                        { "id": "ok", "type": "boolean", "as": "checkbox", "label": {{h}} },
                        { "id": "datum", "type": "date", "label": {{h}} },
                        { "id": "betrag", "type": "money", "label": {{h}} },
                        { "id": "datei", "type": "file", "label": {{h}} },
                        { "id": "dinge", "type": "group", "label": {{h}}, "itemLabel": {{h}}, "repeat": { "max": 2 }, "fields": [
                          { "id": "was", "type": "text", "label": {{h}}, "visibleWhen": "item.wie != 'x'" },
                          { "id": "wie", "type": "text", "label": {{h}} } ] } ] } ],
                      "rules": [ { "id": "regel", "assert": "len(name) > 1", "on": ["name"], "message": {{h}} } ] }
                    """)
                .File("tenants/boese.tenant.json", $$"""
                    { "id": "boese", "name": {{h}}, "type": "gemeinde", "submissionEndpoint": "https://example.org/x",
                      "contact": { "name": {{h}}, "email": "a@example.org", "phone": "06151 1234", "address": {{h}} },
                      "offers": ["boese"], "services": { "boese": { "fees": {{h}}, "hint": {{h}} } } }
                    """)
                .Bind();
        }

        /// <summary>
        /// The binder already refuses a <c>javascript:</c> endpoint and malformed contact data; the renderer must not rely
        /// on that, so the tenant model is made hostile after binding.
        /// </summary>
        private static TenantModel HostileTenant(Catalog catalog) => catalog.Tenant("boese")! with
        {
            SubmissionEndpoint = "javascript:alert(3)",
            Contact = new Contact(Hostile, Hostile, Hostile, Hostile),
        };

        private static string Render(string language = "de", PageState? state = null)
        {
            var catalog = HostileCatalog();
            return new FormRenderer(Templates).Render(catalog.Form("boese")!, HostileTenant(catalog), language, state);
        }

        [Theory]
        [InlineData("de")]
        [InlineData("en")]
        public void HostileDefinitionTextsShowLiterally(string language)
        {
            string html = Render(language);
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<b>", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("</textarea><", html);
            // Title, summary, step, description, info, labels, hint, options, option hint, legal basis, tenant name, contact, fees, hint.
            Assert.True(Occurrences(html, Encoded) >= 25, $"the hostile text should appear encoded everywhere, found {Occurrences(html, Encoded)} times");
            Assert.Contains("{{ 1+1 }}", html);
            Assert.DoesNotContain("&lt;/script&gt;2", html);
        }

        [Fact]
        public void OnlyTheTemplatesTagsAppear()
        {
            string html = Render();
            var tags = Regex.Matches(html, "<(/?)([!a-zA-Z][^\\s>/]*)").Select(m => m.Groups[2].Value).Distinct().ToList();
            Assert.DoesNotContain(tags, t => !KnownTags.Contains(t));
            Assert.Equal(2, Occurrences(html, "<script")); // the script library and the form's module, nothing from the definition
            Assert.Equal(1, Occurrences(html, "<textarea"));
        }

        [Fact]
        public void UnsafeEndpointIsNotUsedAsFormAction()
        {
            string html = Render();
            Assert.DoesNotContain("javascript:", html);
            Assert.DoesNotContain(" action=", html);
            Assert.Contains("connect-src 'none'".Replace("'", "&#39;"), html);
        }

        [Fact]
        public void HostileCodeIsEncodedInValueAttributes()
        {
            string html = Render();
            Assert.Contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\"", html);
        }

        [Fact]
        public void HostileSubmittedValuesAndServerErrorsShowLiterally()
        {
            string h = InlineCatalog.Json(Hostile);
            using var values = JsonDocument.Parse($$"""{ "name": {{h}}, "text": {{h}}, "wahl": {{h}}, "dinge": [ { "was": {{h}}, "wie": {{h}} } ], "datei": { "name": {{h}} } }""");
            var errors = new List<ValidationError> { new("name", "regel", Hostile, Hostile), new("", "x", Hostile, Hostile), new("dinge[0].was", "required", Hostile, Hostile) };
            string html = Render("de", new PageState(values.RootElement, errors));
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<b>", html);
            Assert.Equal(1, Occurrences(html, "<textarea"));
            Assert.Contains(">\n" + Encoded + "</textarea>", html);
            Assert.Contains("value=\"" + Encoded + "\"", html);
            Assert.Contains("<a href=\"#ff-name\">" + Encoded + "</a>", html);
            Assert.Contains("<a href=\"#ff-dinge-0-was\">" + Encoded + "</a>", html);
        }

        [Fact]
        public void FormScriptKeepsHostileTextInsideStrings()
        {
            var catalog = HostileCatalog();
            string script = new PackageBuilder(Templates).ScriptFor(catalog.Form("boese")!);
            Assert.DoesNotContain("</", script.Substring(script.IndexOf("FormFactoryForms.register(", System.StringComparison.Ordinal)));
            Assert.DoesNotContain("<script", script);
            Assert.Contains("\\u003C/textarea\\u003E\\u003Cscript\\u003Ealert(1)", script);
            Assert.True(NodeCheck.IsValidJavaScript(script, out var error), error);
        }

        [Fact]
        public void DefaultTemplatesDoNotUseHtmlRaw()
        {
            var files = TemplateFiles.Read(null);
            Assert.DoesNotContain(files, f => f.Key.EndsWith(".html", System.StringComparison.Ordinal) && f.Value.Contains("html_raw"));
        }

        [Fact]
        public void HtmlRawIsTheOneWayToWriteMarkup()
        {
            var set = TemplateSet.FromFiles(new Dictionary<string, string> { ["t.html"] = "{{ value }}|{{ html_raw \"<i>ok</i>\" }}" });
            string output = set.Render("t.html", new Dictionary<string, object?> { ["value"] = "<i>no</i>" });
            Assert.Equal("&lt;i&gt;no&lt;/i&gt;|<i>ok</i>", output);
        }

        [Fact]
        public void IncludeIsRefusedBecauseItsOutputWouldNotBeEscaped()
        {
            var set = TemplateSet.FromFiles(new Dictionary<string, string> { ["t.html"] = "{{ include \"x.html\" }}", ["x.html"] = "x" });
            var e = Assert.Throws<TemplateException>(() => set.Render("t.html", new Dictionary<string, object?>()));
            Assert.Contains("render", e.Message);
        }

        private static int Occurrences(string text, string part)
        {
            int count = 0, i = 0;
            while ((i = text.IndexOf(part, i, System.StringComparison.Ordinal)) >= 0) { count++; i += part.Length; }
            return count;
        }
    }
}
