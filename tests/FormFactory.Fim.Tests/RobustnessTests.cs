using System.Linq;
using System.Text;
using FormFactory.Fim.Report;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>
    /// What real exports do that breaks importers: each imports into definitions that bind, and the report says what
    /// was odd. (Files are written inline; the real ones are in RealExportTests and OtherRealSchemaTests.)
    /// </summary>
    public class RobustnessTests
    {
        private static FimImportResult Schema(string children) => Xdf.Import(("s.xml", Xdf.Schema2(children))).AssertClean();

        [Fact]
        public void IsoLatin1DeclaredIsDecodedAsDeclared()
        {
            string xml = Xdf.Schema2(Xdf.Field("F00000001", "Straße", label: "Straße und Hausnr. (öffentlich)"))
                .Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
            var result = FimImporter.Import(new[] { new FimInput("latin1.xml", Encoding.Latin1.GetBytes(xml)) }).AssertClean();
            Assert.Equal("Straße und Hausnr. (öffentlich)", (string?)result.FormField("strasse")["label"]);
        }

        [Fact]
        public void AByteOrderMarkAndADefaultNamespaceAreRead()
        {
            string xml = Xdf.Schema2(Xdf.Field("F00000001", "Name")).Replace("xdf:", "").Replace("xmlns:xdf=", "xmlns=");
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(xml)).ToArray();
            var result = FimImporter.Import(new[] { new FimInput("bom.xml", bytes) }).AssertClean();
            Assert.Equal("F00000001", (string?)result.FormField("name")["fim"]);
        }

        [Fact]
        public void AnyNamespacePrefixIsRead()
        {
            string xml = Xdf.Group3(Xdf.Field("F00000001", "Name")).Replace("xdf:", "xdf3:").Replace("xmlns:xdf=", "xmlns:xdf3=");
            var result = Xdf.Import(("g.xml", xml)).AssertClean();
            Assert.Equal("F00000001", (string?)result.Field("blocks/testgruppe.block.json", "name")["fim"]);
        }

        [Fact]
        public void AnIdWithItsVersionInItIsKeptAsTheFimId()
        {
            var field = Schema(Xdf.Field("F60000227_1.2", "Familienname")).FormField("familienname");
            Assert.Equal("F60000227_1.2", (string?)field["fim"]);
        }

        [Theory]
        [InlineData("0:*", true, null, null)]
        [InlineData("1:*", true, 1, null)]
        [InlineData("2:5", true, 2, 5)]
        [InlineData(" 0 : 1 ", false, null, null)]
        public void AnzahlBoundsBecomeRepeatBounds(string anzahl, bool repeated, int? min, int? max)
        {
            var field = Schema(Xdf.Field("F00000001", "Telefon", anzahl: anzahl)).FormField("telefon");
            var repeat = field["repeat"];
            Assert.Equal(repeated, repeat != null);
            Assert.Equal(min, (int?)repeat?["min"]);
            Assert.Equal(max, (int?)repeat?["max"]);
        }

        [Fact]
        public void AnzahlNoneExcludesTheElementAndIsReported()
        {
            var result = Schema(Xdf.Field("F00000001", "Name") + Xdf.Field("F00000002", "Ausgeschlossen", anzahl: "0:0")
                + Xdf.Group("G00000001", "Auch ausgeschlossen", Xdf.Field("F00000003", "Innen"), anzahl: "0:0"));
            Assert.DoesNotContain("ausgeschlossen", result.File("services/testantrag.form.json"), System.StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("blocks/", System.StringComparison.Ordinal));
            Assert.Equal(MappingStatus.NotMapped, result.Entry("F00000002V1.0").Status);
            Assert.Contains("anzahl 0:0: the element must not occur; not imported", result.Entry("G00000001V1.0").Notes);
        }

        [Theory]
        [InlineData("{\"minLength\":\"\",\"maxLength\":\"20\",\"foo\":\"bar\"}", "praezisierung foo=\"bar\" is not mapped")]
        [InlineData("{\"minLength\":\"10\",\"maxLength\":\"5\"}", "praezisierung minLength 10 is greater than maxLength 5; both left out")]
        [InlineData("{\"maxLength\":\"-1\"}", "praezisierung maxLength '-1' is not a whole number; ignored")]
        [InlineData("{minLength: 1}", "praezisierung '{minLength: 1}' is not JSON; ignored")]
        [InlineData("max. 20 Zeichen", "praezisierung 'max. 20 Zeichen' is not JSON; ignored")]
        public void OddPraezisierungIsReportedAndTheRestKept(string praezisierung, string note)
        {
            var result = Schema(Xdf.Field("F00000001", "Name", extra: "<xdf:praezisierung>" + praezisierung + "</xdf:praezisierung>"));
            Assert.Contains(note, result.Entry("F00000001V1.0").Notes);
        }

        [Fact]
        public void ADecimalCommaIsNoWholeNumberAndIsReported()
        {
            var result = Schema(Xdf.Field("F00000001", "Kinder", datentyp: "num_int", extra: "<xdf:praezisierung>{\"minValue\":\"0\",\"maxValue\":\"99,5\"}</xdf:praezisierung>"));
            Assert.Equal(0, (int?)result.FormField("kinder")["min"]);
            Assert.Contains("praezisierung maxValue '99,5' is not a whole number; left out", result.Entry("F00000001V1.0").Notes);
        }

        [Theory]
        [InlineData("input", "string", "datentyp 'string' is unknown; read as text")]
        [InlineData("textarea", "text", "feldart 'textarea' is unknown; read as input")]
        [InlineData("input", "", "it has no datentyp; read as text")]
        [InlineData("", "", "it has no datentyp; read as text")]
        [InlineData("", "text", "it has no feldart; read as input")]
        public void UnknownOrMissingCodesAreReadAsTextInputAndReported(string feldart, string datentyp, string note)
        {
            var result = Schema(Xdf.Field("F00000001", "Name", feldart: feldart, datentyp: datentyp));
            Assert.Equal("text", (string?)result.FormField("name")["type"]);
            Assert.Contains(note, result.Entry("F00000001V1.0").Notes);
        }

        [Fact]
        public void ASelectWithValuesNeedsNoDatentyp()
        {
            string values = "<xdf:werte><xdf:wert><xdf:code>001</xdf:code><xdf:name>Hauptstraße</xdf:name></xdf:wert></xdf:werte>";
            var result = Xdf.Import(("g.xml", Xdf.Group3(Xdf.Field("F00000001", "Straße", feldart: "select", datentyp: "", extra: values)))).AssertClean();
            Assert.Equal("choice", (string?)result.Field("blocks/testgruppe.block.json", "strasse")["type"]);
            Assert.Empty(result.Entry("F00000001V1.0").Notes);
        }

        [Fact]
        public void AFieldWithValuesButNoFeldartIsASelect()
        {
            string field = "<xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>"
                + "<xdf:identifikation><xdf:id>F00000001</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>"
                + "<xdf:bezeichnungEingabe>Straße</xdf:bezeichnungEingabe>"
                + "<xdf:werte><xdf:wert><xdf:code>001</xdf:code><xdf:name>Hauptstraße</xdf:name></xdf:wert></xdf:werte>"
                + "</xdf:datenfeld></xdf:enthaelt></xdf:struktur>";
            var result = Xdf.Import(("g.xml", Xdf.Group3(field))).AssertClean();
            Assert.Equal("choice", (string?)result.Field("blocks/testgruppe.block.json", "strasse")["type"]);
            Assert.Contains("it has no feldart; read as select", result.Entry("F00000001V1.0.0").Notes);
        }

        [Fact]
        public void ListedValuesWithARepeatedOrEmptyCodeStillBind()
        {
            string values = "<xdf:werte>"
                + "<xdf:wert><xdf:code>01</xdf:code><xdf:name>Ja</xdf:name></xdf:wert>"
                + "<xdf:wert><xdf:code>01</xdf:code><xdf:name>Auch ja</xdf:name></xdf:wert>"
                + "<xdf:wert><xdf:code></xdf:code><xdf:name>Ohne Code</xdf:name></xdf:wert>"
                + "<xdf:wert><xdf:code>02</xdf:code><xdf:name></xdf:name></xdf:wert>"
                + "</xdf:werte>";
            var result = Xdf.Import(("g.xml", Xdf.Group3(Xdf.Field("F00000001", "Antwort", feldart: "select", extra: values)))).AssertClean();
            Assert.Equal("choice", (string?)result.Field("blocks/testgruppe.block.json", "antwort")["type"]);
            Assert.Equal(new[] { "value '01' is listed twice; the first is kept", "a listed value without code is left out" }, result.Entry("F00000001V1.0").Notes);
        }

        [Fact]
        public void AnInputWithACodeListIsAnInputAndTheListIsReportedLeftOut()
        {
            var result = Schema(Xdf.Field("F00000001", "Staat", extra: Xdf.CodeListReference("urn:de:fim:codeliste:staat", "2020-01-01")));
            Assert.Equal("text", (string?)result.FormField("staat")["type"]);
            Assert.Contains("its code list or values are left out: feldart 'input' takes any input, only a select offers values", result.Entry("F00000001V1.0").Notes);
        }

        [Fact]
        public void TheSameFieldTwiceInAGroupGetsTwoIds()
        {
            var result = Schema(Xdf.Field("F00000001", "Telefon") + Xdf.Field("F00000001", "Telefon", anzahl: "0:1"));
            Assert.Equal("true", result.FormField("telefon")["required"]?.ToJsonString());
            Assert.Null(result.FormField("telefonF00000001")["required"]);
        }

        [Fact]
        public void AGroupCarriedTwiceWithOtherContentIsReportedAndFollowsItsFirstOccurrence()
        {
            // One export carries "Anschrift" 1.0 with a required street under the company and an optional one under
            // the workplace: one block can hold only one of them.
            string street(string anzahl) => Xdf.Group("G00000086", "Anschrift", Xdf.Field("F00000243", "Straße", anzahl: anzahl));
            var result = Schema(Xdf.Group("G00000001", "Unternehmen", street("1:1")) + Xdf.Group("G00000002", "Arbeitsort", street("0:1")));
            var again = result.Report.Entries.Where(e => e.FimId == "G00000086V1.0").ToList();
            Assert.Equal(2, again.Count);
            Assert.StartsWith("occurs again with other content", Assert.Single(again[1].Notes), System.StringComparison.Ordinal);
            Assert.Equal("true", result.Field("blocks/anschrift.block.json", "strasse")["required"]?.ToJsonString());
        }

        [Fact]
        public void AGroupCarriedTwiceAlikeIsOneBlockWithoutRemark()
        {
            string street = Xdf.Group("G00000086", "Anschrift", Xdf.Field("F00000243", "Straße"));
            var result = Schema(Xdf.Group("G00000001", "Unternehmen", street) + Xdf.Group("G00000002", "Arbeitsort", street));
            Assert.Empty(result.Entry("G00000086V1.0").Notes);
        }

        [Fact]
        public void TwelveNestedGroupsBecomeTwelveBlocks()
        {
            string inner = Xdf.Field("F00000001", "Ganz innen");
            for (int i = 0; i < 12; i++) inner = Xdf.Group("G0000010" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "Ebene " + i, inner);
            var result = Schema(inner);
            Assert.Equal(12, result.Files.Count(f => f.Path.StartsWith("blocks/", System.StringComparison.Ordinal)));
            ImportedService.AssertRenders(result.Files);
        }

        [Fact]
        public void AllOfItInOneSchemaGeneratesCleanCodeAndRenders()
        {
            string P(string json) => "<xdf:praezisierung>" + json + "</xdf:praezisierung>";
            var result = Schema(
                Xdf.Field("F00000001", "Größe", label: "Größe &lt;in cm&gt; &amp; \"Gewicht\"", extra: P("{minLength: 1}"))
                + Xdf.Field("F60000227_1.2", "", label: "")
                + Xdf.Field("F00000003", "Telefon", anzahl: "0:*", extra: P("{\"maxLength\":\"20\",\"foo\":\"bar\"}"))
                + Xdf.Field("F00000004", "Telefon", anzahl: "2:5")
                + Xdf.Field("F00000005", "Kinder", datentyp: "num_int", extra: P("{\"minValue\":\"0\",\"maxValue\":\"99,5\"}"))
                + Xdf.Field("F00000006", "Verkehrt", extra: P("{\"minLength\":\"10\",\"maxLength\":\"5\",\"pattern\":\"[offen\"}"))
                + Xdf.Field("F00000007", "Unbekannt", feldart: "textarea", datentyp: "string")
                + Xdf.Field("F00000008", "Staat", feldart: "select", extra: Xdf.CodeListReference("urn:de:fim:codeliste:gibtsnicht", "2020-01-01"))
                + Xdf.Group("G00000001", "", Xdf.Field("F00000009", "Straße"))
                + Xdf.Group("G00000002", "Leer", ""));
            ImportedService.AssertGeneratesCleanCode(result.Files);
            ImportedService.AssertRenders(result.Files);
        }

        [Fact]
        public void BoundsBeyondThirtyTwoBitsStillGenerateCleanCodeAndRender()
        {
            string P(string min, string max) => "<xdf:praezisierung>{\"minValue\":\"" + min + "\",\"maxValue\":\"" + max + "\"}</xdf:praezisierung>";
            var result = Schema(
                Xdf.Field("F00000001", "Steuernummer", datentyp: "num_int", extra: P("0", "99999999999"))
                + Xdf.Field("F00000002", "Riesig", datentyp: "num_int", extra: P("-99999999999999999999", "99999999999999999999"))
                + Xdf.Field("F00000003", "Betrag", datentyp: "num_currency", extra: P("0.01", "999999999999.99"))
                + Xdf.Field("F00000004", "Anteil", datentyp: "num", extra: P("-0.5", "1000000000000000000000.5"))
                + Xdf.Field("F00000005", "Geburtsdatum", datentyp: "date", extra: P("1900-01-01", "2099-12-31")));
            ImportedService.AssertGeneratesCleanCode(result.Files);
            ImportedService.AssertRenders(result.Files);
        }

        [Fact]
        public void NamesThatAreWordsOfCSharpOrOfObjectStillGenerateCleanCode()
        {
            var names = new[] { "Class", "Equals", "GetHashCode", "ToString", "Namespace", "Id", "Type", "Value", "Validate", "Errors", "Default", "Event", "§§" };
            var result = Schema(string.Concat(names.Select((n, i) => Xdf.Field("F0000010" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), n))));
            ImportedService.AssertGeneratesCleanCode(result.Files);
            ImportedService.AssertRenders(result.Files);
        }

        [Fact]
        public void AnXDatenfelder3CodeListReferenceWithoutItsFileBecomesATextAndIsReported()
        {
            string reference = "<xdf:codelisteReferenz><xdf:canonicalIdentification>urn:de:fim:codeliste:gibtsnicht</xdf:canonicalIdentification>"
                + "<xdf:version>2020-01-01</xdf:version></xdf:codelisteReferenz>";
            var result = Xdf.Import(("g.xml", Xdf.Group3(Xdf.Field("F00000001", "Staat", feldart: "select", extra: reference)))).AssertClean();
            Assert.Equal("text", (string?)result.Field("blocks/testgruppe.block.json", "staat")["type"]);
            Assert.Contains(result.Entry("F00000001V1.0").Notes, n => n.Contains("urn:de:fim:codeliste:gibtsnicht", System.StringComparison.Ordinal) && n.Contains("imported as a text field", System.StringComparison.Ordinal));
        }

        [Fact]
        public void NamesInTheImportReportAreEscapedAsMarkdown()
        {
            // A name is plain text: in the report it must not become a link, an image, emphasis or a new table column.
            string name = "Name [Link](https://example.org) ![x](y) *fett* _kursiv_ `code` <b>roh</b> a | b";
            var result = Schema(Xdf.Field("F00000001", System.Security.SecurityElement.Escape(name)));
            string expected = FormFactory.Definitions.Text.MarkdownText.Escape(name);
            Assert.Contains("| Datenfeld F00000001V1.0 | " + expected + " | ", result.ReportMarkdown);
            Assert.DoesNotContain("[Link](https://example.org)", result.ReportMarkdown);
            Assert.DoesNotContain("<b>", result.ReportMarkdown);
        }
    }
}
