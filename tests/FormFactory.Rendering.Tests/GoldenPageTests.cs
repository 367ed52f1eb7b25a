using System.Collections.Generic;
using System.Linq;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;

namespace FormFactory.Rendering.Tests
{
    /// <summary>The rendered page of every sample service, for one tenant, against approved files.</summary>
    public class GoldenPageTests
    {
        private static readonly TemplateSet Templates = TemplateSet.Load();

        public static IEnumerable<object[]> Services() => Samples.Catalog.Forms.Select(f => new object[] { f.Id }).OrderBy(x => (string)x[0], System.StringComparer.Ordinal);

        [Theory]
        [MemberData(nameof(Services))]
        public void GermanPageMatchesApprovedFile(string service)
        {
            var html = new FormRenderer(Templates).Render(Samples.Form(service), Samples.Tenant("rossdorf"), "de");
            Approvals.Verify(service + ".de.html", html);
        }

        [Theory]
        [MemberData(nameof(Services))]
        public void IdsAreUniqueAndEveryReferenceResolves(string service)
        {
            var html = new FormRenderer(Templates).Render(Samples.Form(service), Samples.Tenant("rossdorf"), "de");
            // Item templates are inert until the script copies them with fresh indices.
            html = System.Text.RegularExpressions.Regex.Replace(html, "<template[^>]*>.*?</template>", "", System.Text.RegularExpressions.RegexOptions.Singleline);
            var ids = System.Text.RegularExpressions.Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
            var known = new HashSet<string>(ids);
            var references = System.Text.RegularExpressions.Regex.Matches(html, " (?:for|aria-describedby|aria-labelledby|aria-controls)=\"([^\"]+)\"")
                .SelectMany(m => m.Groups[1].Value.Split(' ')).ToList();
            Assert.All(references, r => Assert.Contains(r, known));
            var links = System.Text.RegularExpressions.Regex.Matches(html, " href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.All(links, l => Assert.Contains(l, known));
        }

        [Fact]
        public void EnglishPageMatchesApprovedFile()
        {
            var html = new FormRenderer(Templates).Render(Samples.Form("hundAnmelden"), Samples.Tenant("rossdorf"), "en");
            Approvals.Verify("hundAnmelden.en.html", html);
        }

        [Fact]
        public void PortalMatchesApprovedFile()
        {
            var catalog = Samples.Catalog;
            var items = CatalogRenderer.Items(catalog).Where(i => i.Tenant.Id == "rossdorf").Select(i => i.Form).ToList();
            var files = new Portal.PortalBuilder(Templates).Build(Samples.Tenant("rossdorf"), items);
            Approvals.Verify("rossdorf.portal.de.html", System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == "index.html").Content));
        }
    }
}
