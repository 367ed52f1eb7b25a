using FormFactory.Definitions.Binding;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;

namespace FormFactory.Rendering.Tests
{
    /// <summary>
    /// Issue 18, item 2, end to end: a form just inside the rendered-size limit (FF0312) binds clean and renders,
    /// within the template's iteration limits and to a page of bounded size.
    /// </summary>
    public class RenderedSizeLimitTests
    {
        [Fact]
        public void WhatValidateAcceptsBuildRendersInBoundedSize()
        {
            // Three nested repeated groups of 25 entries: 26 × 26 × 26 copies of one field, just under the limit.
            string Repeated(string id, string inner) =>
                $$"""{ "id": "{{id}}", "type": "group", "label": "G", "repeat": { "min": 25 }, "fields": [ {{inner}} ] }""";
            var catalog = new InlineCatalog()
                .File("services/gross.form.json", $$"""
                    { "id": "gross", "title": "Gross", "steps": [ { "id": "s", "title": "S", "fields": [
                      {{Repeated("a", Repeated("b", Repeated("c", """{ "id": "x", "type": "text", "label": "X" }""")))}} ] } ] }
                    """)
                .File("tenants/probe.tenant.json", """
                    { "id": "probe", "name": "Probe", "type": "gemeinde", "submissionEndpoint": "https://example.org/x", "offers": ["gross"] }
                    """)
                .Bind();
            string html = new FormRenderer(TemplateSet.Load()).Render(catalog.Form("gross")!, catalog.Tenant("probe")!, "de");
            Assert.Contains("</html>", html);
            // About 750 bytes per rendered field: the limit keeps a page near 15 MB.
            Assert.True(html.Length < DefinitionLimits.MaxRenderedElements * 1000L, $"{html.Length} characters");
        }
    }
}
