using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FormFactory.Definitions.Validation;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Schema;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;
using FormFactory.Runtime.Submissions;

namespace FormFactory.Rendering.Tests
{
    /// <summary>A host answers a failed POST with the same page: the citizen's values, the error summary and inline errors.</summary>
    public class ServerRenderTests
    {
        private static string RenderFailedPost(Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>> change, out FormFactory.Runtime.ValidationResult result)
        {
            var form = Samples.Form("hundAnmelden");
            var fields = change(HundPost.Fields());
            var post = MultipartSubmissionConverter.Convert(SubmissionShapes.For(form), fields, HundPost.Files());
            result = new ReferenceValidator(form, () => new DateTime(2026, 6, 15)).Validate(post.DataJson);
            using var data = JsonDocument.Parse(post.DataJson);
            return new FormRenderer(TemplateSet.Load()).Render(form, Samples.Tenant("rossdorf"), "de", new PageState(data.RootElement.Clone(), result.Errors));
        }

        private static List<KeyValuePair<string, string>> Set(List<KeyValuePair<string, string>> fields, string key, string value) =>
            fields.Select(f => f.Key == key ? new KeyValuePair<string, string>(key, value) : f).ToList();

        [Fact]
        public void ErrorsAppearInTheSummaryAndAtTheirFields()
        {
            string html = RenderFailedPost(f => Set(Set(f, "hunde[0].chipnummer", "12 34"), "person.vorname", ""), out var result);
            Assert.Equal(new[] { "person.vorname", "hunde[0].chipnummer" }, result.Errors.Select(e => e.Path));
            Assert.DoesNotContain("data-ff-error-summary hidden", html);
            Assert.Contains("<a href=\"#ff-person-vorname\">Geben Sie „Vorname(n)“ an.</a>", html);
            Assert.Contains("<a href=\"#ff-hunde-0-chipnummer\">Die Chipnummer hat genau 15 Ziffern, ohne Leerzeichen.</a>", html);
            Assert.Contains("<p class=\"kern-error\" id=\"ff-hunde-0-chipnummer--error\">", html);
            Assert.Contains("id=\"ff-hunde-0-chipnummer\" name=\"hunde[0].chipnummer\" type=\"text\" value=\"12 34\" aria-describedby=\"ff-hunde-0-chipnummer--hint ff-hunde-0-chipnummer--error\" aria-invalid=\"true\"", html);
        }

        [Fact]
        public void SubmittedValuesAreShownAgain()
        {
            string html = RenderFailedPost(f => Set(f, "person.vorname", ""), out _);
            Assert.Contains("name=\"person.familienname\" type=\"text\" value=\"Mustermann\"", html);
            Assert.Contains("name=\"person.geburtsdatum.day\" type=\"text\" inputmode=\"numeric\" value=\"12\"", html);
            Assert.Contains("name=\"person.geburtsdatum.month\" type=\"text\" inputmode=\"numeric\" value=\"8\"", html);
            Assert.Contains("value=\"mischling\" selected", html);
            Assert.Contains("id=\"ff-lastschrift\" name=\"lastschrift\" type=\"radio\" value=\"true\" checked", html);
            Assert.Contains("name=\"anzahlHunde\" type=\"text\" value=\"2\"", html);
            Assert.Contains("Ausgewählte Datei: nachweis.pdf.", html);
            Assert.Contains("data-ff-item=\"0\" data-ff-filled", html);
        }

        [Fact]
        public void RuleErrorIsShownAtItsFirstField()
        {
            string html = RenderFailedPost(f => Set(f, "anzahlHunde", "0"), out var result);
            Assert.Contains(result.Errors, e => e.Path == "anzahlHunde");
            Assert.Contains("href=\"#ff-anzahlHunde\"", html);
        }

        [Fact]
        public void DefaultsFillAFreshPageOnly()
        {
            var renderer = new FormRenderer(TemplateSet.Load());
            string fresh = renderer.Render(Samples.Form("hundAnmelden"), Samples.Tenant("rossdorf"), "de");
            Assert.Contains("name=\"anzahlHunde\" type=\"text\" value=\"1\"", fresh);
            using var empty = JsonDocument.Parse("{}");
            string posted = renderer.Render(Samples.Form("hundAnmelden"), Samples.Tenant("rossdorf"), "de", new PageState(empty.RootElement.Clone(), Array.Empty<Runtime.ValidationError>()));
            Assert.Contains("name=\"anzahlHunde\" type=\"text\" value=\"\"", posted);
        }
    }
}
