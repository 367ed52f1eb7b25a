using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using FormFactory.Definitions.Validation;
using FormFactory.FitConnect.Xml;
using FormFactory.Fim.Tests.Support;
using FormFactory.FitConnect.Tests.Support;
using FormFactory.Workspace;

namespace FormFactory.FitConnect.Tests
{
    /// <summary>The XML rendering of data for an imported FIM service names its elements after the FIM ids.</summary>
    public class FimXmlRenderingTests
    {
        private const string Submission = """
            {
              "arbeitgeberJuristischePerson": {
                "eingetragenerNameOrganisationsname": "Muster GmbH",
                "anschriftInland": { "anschriftInlandStrassenanschrift": { "strasse": "Luisenplatz", "postleitzahl": "64283", "ort": "Darmstadt" } },
                "kommunikation": { "telefon": "(06151) 123456", "eMailPersonalangelegenheit": "personal@example.org", "einverstaendnisEMail": true },
                "ansprechpartner": { "familienname": "Muster" }
              },
              "persoenlicheInformationenSchwangere": {
                "familienname": "Mustermann", "vornamen": "Erika", "geburtsdatum": { "jahr": 1990 },
                "anschriftInlandAuslandFrage": {
                  "abfrageAnschriftInlandAusland": "002",
                  "anschriftAusland": { "staat": "129", "anschriftzone": { "zeileAnschrift": [ { "wert": "12 Rue de la Paix" }, { "wert": "75002 Paris" } ] } }
                },
                "statusFrau": "001", "voraussichtlicherEntbindungstermin": "2026-09-01"
              },
              "beschaeftigungsverhaeltnisFrau": "001",
              "informationenBeabsichtigten": { "sonnFeiertagsarbeit": false, "nachtarbeit": true, "mutterschutzGetakteteArbeit": false }
            }
            """;

        private static readonly XNamespace Ns = "urn:formfactory:submission:benachrichtigungBeschaeftigung:1.0";

        private static XDocument Render()
        {
            var bound = CatalogLoader.Bind(Cases.Import("xdf2/S00000094V1.0_xdf2.xml").Files);
            var form = bound.Catalog.Forms.Single();
            var validation = new ReferenceValidator(form, () => SampleCatalog.Today).Validate(Submission);
            Assert.True(validation.IsValid, string.Join("\n", validation.Errors));
            using var kept = JsonDocument.Parse(validation.KeptJson);
            var xml = SubmissionXml.Write(form, kept.RootElement, bound.Catalog.Blocks.ToDictionary(b => b.Id, b => b));
            return XDocument.Parse(Encoding.UTF8.GetString(xml));
        }

        [Fact]
        public void ElementsAreNamedAfterTheFimIds()
        {
            var root = Render().Root!;
            Assert.Equal(Ns + "S00000094", root.Name);
            Assert.Equal("benachrichtigungBeschaeftigung", (string?)root.Attribute("service"));
            var arbeitgeber = root.Element(Ns + "G00000253")!;
            Assert.Equal("Muster GmbH", (string?)arbeitgeber.Element(Ns + "F60000319"));
            Assert.Equal("Luisenplatz", (string?)arbeitgeber.Element(Ns + "G60000088")!.Element(Ns + "G60000086")!.Element(Ns + "F60000243"));
        }

        [Fact]
        public void CodesCarryTheirListAsXoevDoes()
        {
            var status = Render().Root!.Element(Ns + "G00000255")!.Element(Ns + "F00000462")!;
            Assert.Equal("urn:de:fim:codeliste:statusfrauschwangerstillend", (string?)status.Attribute("listURI"));
            Assert.Equal("2020-02-06", (string?)status.Attribute("listVersionID"));
            Assert.Equal("001", (string?)status.Element(Ns + "code"));
        }

        [Fact]
        public void ARepeatedFimFieldIsWrittenAsRepeatedElements()
        {
            var zone = Render().Descendants(Ns + "G60000092").Single();
            Assert.Equal(new[] { "12 Rue de la Paix", "75002 Paris" }, zone.Elements(Ns + "F60000262").Select(e => e.Value));
        }
    }
}
