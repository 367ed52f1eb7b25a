using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Fim.Report;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>How FIM fields map: feldart, datentyp, praezisierung, anzahl, labels and help.</summary>
    public class MappingTests
    {
        private static FimImportResult Schema(string children) => Xdf.Import(("s.xml", Xdf.Schema2(children))).AssertClean();

        private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>The property as JSON text (strings quoted, umlauts as they are), or null.</summary>
        private static string? Text(JsonObject field, string property) => field[property]?.ToJsonString(Readable);

        [Theory]
        [InlineData("text", "text")]
        [InlineData("date", "date")]
        [InlineData("bool", "boolean")]
        [InlineData("num", "decimal")]
        [InlineData("num_int", "integer")]
        [InlineData("num_currency", "money")]
        [InlineData("file", "file")]
        [InlineData("text_latin", "text")]
        [InlineData("time", "text")]
        [InlineData("datetime", "text")]
        [InlineData("obj", "info")]
        public void EveryDatentypHasAType(string datentyp, string type)
        {
            var result = Schema(Xdf.Field("F00000001", "Wert", datentyp: datentyp));
            Assert.Equal(type, result.FormField("wert")["type"]!.GetValue<string>());
            var expected = datentyp is "text_latin" or "time" or "datetime" or "obj" ? MappingStatus.Partly : MappingStatus.Mapped;
            Assert.Equal(expected, result.Entry("F00000001V1.0").Status);
        }

        [Fact]
        public void TimeIsCheckedAgainstHoursAndMinutes() =>
            Assert.Equal("\"([01][0-9]|2[0-3]):[0-5][0-9]\"", Text(Schema(Xdf.Field("F00000001", "Uhrzeit", datentyp: "time")).FormField("uhrzeit"), "pattern"));

        [Fact]
        public void LabelAndHelpBecomeLabelAndHint()
        {
            var field = Schema(Xdf.Field("F00000001", "Familienname", label: "Ihr Familienname",
                extra: "<xdf:hilfetextEingabe>Wie im Ausweis.</xdf:hilfetextEingabe>")).FormField("familienname");
            Assert.Equal(("\"Ihr Familienname\"", "\"Wie im Ausweis.\"", "\"F00000001\""), (Text(field, "label"), Text(field, "hint"), Text(field, "fim")));
        }

        [Fact]
        public void AnEmptyLabelFallsBackToTheName() =>
            Assert.Equal("\"Zeile\"", Text(Schema(Xdf.Field("F00000001", "Zeile", label: "")).FormField("zeile"), "label"));

        [Fact]
        public void JsonPraezisierungBecomesLengthAndPattern()
        {
            var field = Schema(Xdf.Field("F00000001", "Postleitzahl",
                extra: "<xdf:praezisierung>{\"minLength\":\"5\",\"maxLength\":\"5\",\"pattern\":\"[0-9]{5}\"}</xdf:praezisierung>")).FormField("postleitzahl");
            Assert.Equal(("5", "5", "\"[0-9]{5}\""), (Text(field, "minLength"), Text(field, "maxLength"), Text(field, "pattern")));
        }

        [Fact]
        public void AttributePraezisierungBecomesBounds()
        {
            var result = Xdf.Import(("g.xml", Xdf.Group3(Xdf.Field("F00000001", "Anzahl", datentyp: "num_int",
                extra: "<xdf:praezisierung minValue=\"1\" maxValue=\"12\"/>")))).AssertClean();
            var field = result.Field("blocks/testgruppe.block.json", "anzahl");
            Assert.Equal(("1", "12"), (Text(field, "min"), Text(field, "max")));
        }

        [Fact]
        public void PraezisierungThatIsNoJsonIsReported()
        {
            var result = Schema(Xdf.Field("F00000001", "Name", extra: "<xdf:praezisierung>minLength=1</xdf:praezisierung>"));
            Assert.Contains("praezisierung 'minLength=1' is not JSON; ignored", result.Entry("F00000001V1.0").Notes);
        }

        [Fact]
        public void APatternBrowsersReadDifferentlyIsLeftOutAndReported()
        {
            var result = Schema(Xdf.Field("F00000001", "Name", extra: "<xdf:praezisierung>{\"pattern\":\"\\\\p{L}+\"}</xdf:praezisierung>"));
            Assert.Null(result.FormField("name")["pattern"]);
            Assert.Contains(result.Entry("F00000001V1.0").Notes, n => n.StartsWith("pattern '\\p{L}+' is left out", System.StringComparison.Ordinal));
        }

        [Fact]
        public void ALongTextBecomesATextarea() =>
            Assert.Equal("\"textarea\"", Text(Schema(Xdf.Field("F00000001", "Begruendung",
                extra: "<xdf:praezisierung>{\"maxLength\":\"2000\"}</xdf:praezisierung>")).FormField("begruendung"), "type"));

        [Theory]
        [InlineData("1:1", "true")]
        [InlineData("0:1", null)]
        public void AnzahlMinimumMakesTheFieldRequired(string anzahl, string? required) =>
            Assert.Equal(required, Text(Schema(Xdf.Field("F00000001", "Name", anzahl: anzahl)).FormField("name"), "required"));

        [Fact]
        public void ARepeatedFieldBecomesARepeatedGroupOfOneValue()
        {
            var field = Schema(Xdf.Field("F00000001", "Zeile", anzahl: "2:5")).FormField("zeile");
            Assert.Equal("group", field["type"]!.GetValue<string>());
            Assert.Equal("{\"min\":2,\"max\":5}", Text(field, "repeat"));
            Assert.Equal("wert", field["fields"]![0]!["id"]!.GetValue<string>());
        }

        [Fact]
        public void ARepeatedSelectBecomesAMultiChoice()
        {
            var result = Xdf.Import(
                ("s.xml", Xdf.Schema2(Xdf.Field("F00000001", "Sprachen", "select", anzahl: "0:3", extra: Xdf.CodeListReference("urn:test:sprache", "1")))),
                ("l.xml", Xdf.Genericode("urn:test:sprache", "1", ("de", "Deutsch"), ("en", "Englisch")))).AssertClean();
            var field = result.FormField("sprachen");
            Assert.Equal(("\"multiChoice\"", "3", null), (Text(field, "type"), Text(field, "maxItems"), Text(field, "required")));
        }

        [Fact]
        public void AGroupBecomesABlockIncludedOnceWhereverItOccurs()
        {
            string anschrift = Xdf.Group("G00000002", "Anschrift", Xdf.Field("F00000002", "Ort"));
            var result = Schema(Xdf.Group("G00000001", "Antragsteller", anschrift) + Xdf.Group("G00000003", "Vertreter", anschrift, anzahl: "0:1"));
            Assert.Single(result.Files, f => f.Path == "blocks/anschrift.block.json");
            Assert.Equal("\"anschrift\"", Text(result.Field("blocks/antragsteller.block.json", "anschrift"), "block"));
            Assert.Equal("false", Text(result.FormField("vertreter"), "required"));
        }

        [Fact]
        public void ARepeatedGroupIsWrittenInPlace()
        {
            var result = Schema(Xdf.Group("G00000001", "Kind", Xdf.Field("F00000001", "Vorname"), anzahl: "0:*"));
            var field = result.FormField("kind");
            Assert.Equal(("\"group\"", "{}", "false", "\"G00000001\""), (Text(field, "type"), Text(field, "repeat"), Text(field, "required"), Text(field, "fim")));
            Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("blocks/", System.StringComparison.Ordinal));
        }

        [Fact]
        public void ALabelFieldBecomesATextBlock()
        {
            var field = Schema(Xdf.Field("F00000001", "Hinweis", "label", extra: "<xdf:inhalt>Bitte vollständig ausfüllen.</xdf:inhalt>")).FormField("hinweis");
            Assert.Equal(("\"info\"", "\"Bitte vollständig ausfüllen.\""), (Text(field, "type"), Text(field, "text")));
        }

        [Fact]
        public void AHiddenFieldIsNotMappedAndTheReportSaysWhy()
        {
            var result = Xdf.Import(("g.xml", Xdf.Group3(Xdf.Field("F00000001", "Kennung", "hidden", extra: "<xdf:inhalt>X1</xdf:inhalt>")
                + Xdf.Field("F00000002", "Name")))).AssertClean();
            var entry = result.Entry("F00000001V1.0");
            Assert.Equal(MappingStatus.NotMapped, entry.Status);
            Assert.Contains("its value is 'X1'", entry.Notes.Single());
        }

        [Fact]
        public void ALockedFieldIsAnInputWithItsValueAsDefault()
        {
            var result = Schema(Xdf.Field("F00000001", "Behoerde", "locked", extra: "<xdf:inhalt>Bürgeramt</xdf:inhalt>"));
            Assert.Equal("\"Bürgeramt\"", Text(result.FormField("behoerde"), "default"));
            Assert.Contains(result.Entry("F00000001V1.0").Notes, n => n.Contains("read-only", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("num_int", "12", "12")]
        [InlineData("bool", "true", "true")]
        [InlineData("date", "2026-01-31", "\"2026-01-31\"")]
        [InlineData("num_int", "zwölf", null)]
        public void InhaltIsTheDefaultWhenItFits(string datentyp, string inhalt, string? expected) =>
            Assert.Equal(expected, Text(Schema(Xdf.Field("F00000001", "Wert", datentyp: datentyp, extra: $"<xdf:inhalt>{inhalt}</xdf:inhalt>")).FormField("wert"), "default"));

        [Fact]
        public void ValuesListedInTheFieldBecomeACodeList()
        {
            var result = Xdf.Import(("g.xml", Xdf.Group3(Xdf.Field("F00000001", "Anrede", "select",
                extra: "<xdf:werte><xdf:wert><xdf:code>f</xdf:code><xdf:name>Frau</xdf:name></xdf:wert><xdf:wert><xdf:code>h</xdf:code><xdf:name>Herr</xdf:name></xdf:wert></xdf:werte>")))).AssertClean();
            Assert.Equal("\"anrede\"", Text(result.Field("blocks/testgruppe.block.json", "anrede"), "codeList"));
            Assert.Contains("\"label\": \"Herr\"", result.File("codelists/anrede.codelist.json"));
        }

        [Fact]
        public void ASelectWithoutItsCodeListIsATextAndTheReportNamesTheList()
        {
            var result = Schema(Xdf.Field("F00000001", "Staat", "select", extra: Xdf.CodeListReference("urn:test:staat", "2020")));
            Assert.Equal("\"text\"", Text(result.FormField("staat"), "type"));
            Assert.Contains("urn:test:staat_2020 was not given", result.Entry("F00000001V1.0").Notes.Single());
        }

        [Theory]
        [InlineData("Tag (ohne Monat und Jahr)", "tag")]
        [InlineData("Anschrift Inland Straßenanschrift", "anschriftInlandStrassenanschrift")]
        [InlineData("ZeileAnschrift", "zeileAnschrift")]
        [InlineData("Antrag auf Blaue Karte EU", "antragBlaueKarteEu")]
        [InlineData("Sonn- und Feiertagsarbeit (Mutterschutz)", "sonnFeiertagsarbeit")]
        [InlineData("1. Wohnsitz", "n1Wohnsitz")]
        public void IdsAreCamelCaseFromTheName(string name, string id) =>
            Assert.Equal(id, Mapping.IdNamer.FromText(name, "F1"));

        [Fact]
        public void SiblingsWithTheSameNameGetTheFimIdAppended()
        {
            var result = Schema(Xdf.Field("F00000001", "Datum") + Xdf.Field("F00000002", "Datum"));
            Assert.Equal("\"F00000002\"", Text(result.FormField("datumF00000002"), "fim"));
        }
    
        [Fact]
        public void CodesWrittenWithoutCodeElementAndFieldsWithoutNameAreRead()
        {
            // Some XDatenfelder 3 exports write <feldart>select</feldart> and leave a field's name out.
            string field = "<xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>"
                + "<xdf:identifikation><xdf:id>F60000000243</xdf:id><xdf:version>1.2.0</xdf:version></xdf:identifikation>"
                + "<xdf:bezeichnungEingabe>Straße</xdf:bezeichnungEingabe><xdf:feldart>select</xdf:feldart>"
                + "<xdf:werte><xdf:wert><xdf:code>001</xdf:code><xdf:name>Hauptstraße</xdf:name></xdf:wert></xdf:werte>"
                + "</xdf:datenfeld></xdf:enthaelt></xdf:struktur>";
            var result = Xdf.Import(("g.xml", Xdf.Group3(field))).AssertClean();
            Assert.Equal("\"choice\"", Text(result.Field("blocks/testgruppe.block.json", "strasse"), "type"));
        }
    
        [Fact]
        public void AnEmptySchemaAndAnEmptyGroupStillBind()
        {
            Xdf.Import(("s.xml", Xdf.Schema2(""))).AssertClean();
            var result = Xdf.Import(("g.xml", Xdf.Group3(""))).AssertClean();
            Assert.Contains("the group has no fields", result.Entry("G00000001V1.0.0").Notes);
        }

        [Fact]
        public void ABrokenAnzahlIsReadAsOnceAndReported()
        {
            var result = Schema(Xdf.Field("F00000001", "Name", anzahl: "eins"));
            Assert.Equal("true", Text(result.FormField("name"), "required"));
            Assert.Contains("anzahl 'eins' is not of the form min:max; read as 1:1", result.Entry("F00000001V1.0").Notes);
        }
    
        [Fact]
        public void AnXDatenfelder3SchemaBecomesAServiceTitledByItsBezeichnung()
        {
            string xml = Xdf.Schema2(Xdf.Field("F00000001", "Name", datentyp: "text_latin"))
                .Replace(Xdf.Ns2, Xdf.Ns3)
                .Replace("<xdf:bezeichnungEingabe>Testantrag stellen</xdf:bezeichnungEingabe>", "<xdf:bezeichnung>Testantrag stellen</xdf:bezeichnung>");
            var result = Xdf.Import(("s3.xml", xml)).AssertClean();
            Assert.Contains("\"title\": \"Testantrag stellen\"", result.File("services/testantrag.form.json"));
            Assert.Contains("XDatenfelder 3", result.File("services/testantrag.form.json"));
        }
    }
}
