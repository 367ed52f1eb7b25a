using System.Linq;
using FormFactory.Fim.Report;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>FIM rules: always kept as text; translated into expressions where the sentence is one FormFactory reads.</summary>
    public class RuleTests
    {
        private static readonly string Status = Xdf.Field("F00000001", "Status", "select", extra: Xdf.CodeListReference("urn:test:status", "1"));
        private static readonly (string, string) StatusList = ("l.xml", Xdf.Genericode("urn:test:status", "1", ("001", "schwanger"), ("002", "stillend")));

        private static FimImportResult Group(string children, string rule) =>
            Xdf.Import(("s.xml", Xdf.Schema2(Xdf.Group("G00000001", "Angaben", children, rules: rule))), StatusList).AssertClean();

        private static string? Property(FimImportResult result, string field, string property) =>
            result.Field("blocks/angaben.block.json", field)[property]?.GetValue<string>();

        [Fact]
        public void RequiredWhenAValueIsChosen()
        {
            var result = Group(Status + Xdf.Field("F00000002", "Termin", datentyp: "date", anzahl: "0:1"),
                Xdf.Rule2("R00000001", "Wenn im Datenfeld F00000001 der Wert 001 angegeben wurde, dann soll F00000002 zum Pflichtfeld werden."));
            Assert.Equal("status == '001'", Property(result, "termin", "requiredWhen"));
            Assert.Equal(MappingStatus.Mapped, result.Entry("R00000001V1.0").Status);
            Assert.Contains("FIM rule R00000001V1.0 \\\"Regel R00000001\\\": Wenn im Datenfeld", result.File("blocks/angaben.block.json"));
        }

        [Theory]
        [InlineData("der Wert \"\"", "telefon == null")]
        [InlineData("nicht der Wert \"\"", "telefon != null")]
        public void RequiredWhenAnotherFieldIsEmptyOrNot(string condition, string expected)
        {
            var result = Group(Xdf.Field("F00000003", "Telefon", anzahl: "0:1") + Xdf.Field("F00000004", "E-Mail", anzahl: "0:1"),
                Xdf.Rule2("R00000002", $"Wenn im Datenfeld F00000003 {condition} angegeben wurde, dann soll F00000004 zum Pflichtfeld werden.", "function script() {\n\n}"));
            Assert.Equal(expected, Property(result, "eMail", "requiredWhen"));
        }

        [Fact]
        public void TwoRulesOnOneFieldAreBothKept()
        {
            var result = Group(Xdf.Field("F00000003", "Telefon", anzahl: "0:1") + Xdf.Field("F00000005", "Fax", anzahl: "0:1") + Xdf.Field("F00000004", "E-Mail", anzahl: "0:1"),
                Xdf.Rule2("R1", "Wenn im Datenfeld F00000003 der Wert \"\" angegeben wurde, dann soll F00000004 zum Pflichtfeld werden.")
                + Xdf.Rule2("R2", "Wenn im Datenfeld F00000005 der Wert \"\" angegeben wurde, dann soll F00000004 zum Pflichtfeld werden."));
            Assert.Equal("(telefon == null) || (fax == null)", Property(result, "eMail", "requiredWhen"));
        }

        [Fact]
        public void OnlyToBeFilledWhenAffirmedBecomesVisibleWhen()
        {
            var result = Group(Xdf.Field("F00000006", "Vorbestraft", datentyp: "bool") + Xdf.Field("F00000007", "Gericht", anzahl: "0:1") + Xdf.Field("F00000008", "Aktenzeichen", anzahl: "0:1"),
                Xdf.Rule2("R00000003", "\"F00000007 Gericht\" und \"F00000008 Aktenzeichen\" sind nur dann zu befüllen, wenn \"F00000006 Vorbestraft\" bejaht wurde."));
            Assert.Equal("vorbestraft == true", Property(result, "gericht", "visibleWhen"));
            Assert.Equal("vorbestraft == true", Property(result, "aktenzeichen", "visibleWhen"));
        }

        [Fact]
        public void AValueThatIsNoCodeIsNotTranslatedAndTheReasonIsKept()
        {
            var result = Group(Status + Xdf.Field("F00000002", "Sonstiges", anzahl: "0:1"),
                Xdf.Rule2("R00000004", "Wenn im Datenfeld F00000001 der Wert 009 angegeben wurde, dann soll F00000002 zum Pflichtfeld werden."));
            Assert.Null(Property(result, "sonstiges", "requiredWhen"));
            var entry = result.Entry("R00000004V1.0");
            Assert.Equal(MappingStatus.Partly, entry.Status);
            Assert.Equal("F00000001: '009' is not a code of its list (codes: 001, 002)", entry.Notes.Single());
            Assert.Contains("not translated: F00000001: '009' is not a code of its list", result.File("blocks/angaben.block.json"));
        }

        [Fact]
        public void AFreeTextRuleIsKeptAsANote()
        {
            var result = Group(Xdf.Field("F00000002", "Name"),
                Xdf.Rule2("R00000005", "Mindestens eine Angabe ist zu machen.", "return true;"));
            var entry = result.Entry("R00000005V1.0");
            Assert.Equal(MappingStatus.Partly, entry.Status);
            Assert.Contains("Script: return true;", result.File("blocks/angaben.block.json"));
            Assert.Contains("its script is not translated", entry.Notes.Single());
        }

        [Fact]
        public void ARuleMakingAGroupRequiredBecomesTheInclusionsRequiredWhen()
        {
            var result = Group(Status + Xdf.Group("G00000002", "Anschrift", Xdf.Field("F00000009", "Ort"), anzahl: "0:1"),
                Xdf.Rule2("R00000006", "Wenn im Datenfeld F00000001 der Wert 001 angegeben wurde, dann soll G00000002 zum Pflichtfeld werden."));
            Assert.Equal("status == '001'", Property(result, "anschrift", "requiredWhen"));
            Assert.Equal(MappingStatus.Mapped, result.Entry("R00000006V1.0").Status);
        }

        [Fact]
        public void ConditionsReadIntoIncludedBlocks()
        {
            string schema = Xdf.Schema2(Xdf.Group("G00000001", "Person", Xdf.Field("F00000001", "Status", datentyp: "bool"))
                + Xdf.Field("F00000002", "Nachweis", datentyp: "file", anzahl: "0:1"),
                Xdf.Rule2("R00000007", "\"F00000002 Nachweis\" ist nur dann zu befüllen, wenn \"F00000001 Status\" verneint wurde."));
            var result = Xdf.Import(("s.xml", schema)).AssertClean();
            Assert.Equal("person.status == false", result.FormField("nachweis")["visibleWhen"]!.GetValue<string>());
        }

        [Fact]
        public void InsideARepeatedGroupRulesReadTheCurrentEntry()
        {
            string schema = Xdf.Schema2(Xdf.Group("G00000001", "Kind", Xdf.Field("F00000001", "Betreut", datentyp: "bool") + Xdf.Field("F00000002", "Einrichtung", anzahl: "0:1"),
                anzahl: "0:5", rules: Xdf.Rule2("R00000008", "\"F00000002 Einrichtung\" ist nur dann zu befüllen, wenn \"F00000001 Betreut\" bejaht wurde.")));
            var result = Xdf.Import(("s.xml", schema)).AssertClean();
            Assert.Equal("item.betreut == true", result.FormField("einrichtung")["visibleWhen"]!.GetValue<string>());
        }
    
        [Fact]
        public void AValueListWithItsComplementMakesTheFieldRequiredAndShownOnlyThen()
        {
            // The template of the FIM core data model's rules (e.g. R60000058 "Betreuungsurkunde" in S00000246).
            string text = "Wenn das Feld F00000001 \"Status\" = 001 \"schwanger\" ODER = 002 \"stillend\", dann muss das Datenfeld F00000002 \"Nachweis\" befüllt sein. "
                + "Wenn das Feld F00000001 \"Status\" &lt;&gt; 001 \"schwanger\" UND &lt;&gt; 002 \"stillend\", dann darf das Datenfeld F00000002 \"Nachweis\" nicht befüllt sein.";
            var result = Group(Status + Xdf.Field("F00000002", "Nachweis", datentyp: "file", anzahl: "0:1"), Xdf.Rule2("R00000009", text));
            Assert.Equal("(status == '001' || status == '002')", Property(result, "nachweis", "requiredWhen"));
            Assert.Equal("(status == '001' || status == '002')", Property(result, "nachweis", "visibleWhen"));
            Assert.Equal(MappingStatus.Mapped, result.Entry("R00000009V1.0").Status);
        }

        [Fact]
        public void AProhibitionAloneIsNotTranslated()
        {
            var result = Group(Status + Xdf.Field("F00000002", "Nachweis", anzahl: "0:1"),
                Xdf.Rule2("R00000010", "Wenn das Feld F00000001 = 002, dann darf das Datenfeld F00000002 nicht befüllt sein."));
            Assert.Null(Property(result, "nachweis", "visibleWhen"));
            Assert.Equal(MappingStatus.Partly, result.Entry("R00000010V1.0").Status);
        }

        [Fact]
        public void AGroupThatExistsOnlyOnAConditionIsShownOnlyThen()
        {
            string text = "Wenn das Feld F00000001 = 001, dann muss die Datenfeldgruppe G00000002 \"Anschrift\" befüllt sein. "
                + "Wenn das Feld F00000001 &lt;&gt; 001, dann darf die Datenfeldgruppe G00000002 \"Anschrift\" nicht befüllt sein.";
            var result = Group(Status + Xdf.Group("G00000002", "Anschrift", Xdf.Field("F00000009", "Ort"), anzahl: "0:1"), Xdf.Rule2("R00000011", text));
            Assert.Equal("status == '001'", Property(result, "anschrift", "visibleWhen"));
            Assert.Equal("status == '001'", Property(result, "anschrift", "requiredWhen"));
            Assert.Equal(MappingStatus.Mapped, result.Entry("R00000011V1.0").Status);
        }

        [Fact]
        public void TheFimRuleLanguageActivatesAndRequires()
        {
            var result = Group(Status + Xdf.Field("F00000002", "Termin", datentyp: "date", anzahl: "0:1"),
                Xdf.Rule2("R00000012", "WENN F00000001 'Status' = 001 'schwanger', DANN aktiviere F00000002 'Termin' UND mache es zu einer Pflichtangabe."));
            Assert.Equal("status == '001'", Property(result, "termin", "visibleWhen"));
            Assert.Equal("status == '001'", Property(result, "termin", "requiredWhen"));
        }

        [Fact]
        public void NotEmptyMakesAnotherFieldRequired()
        {
            var result = Group(Xdf.Field("F00000003", "Telefon", anzahl: "0:1") + Xdf.Field("F00000004", "Vorwahl", anzahl: "0:1"),
                Xdf.Rule2("R00000013", "Wenn F00000003 \"Telefon\" nicht leer, dann muss F00000004 \"Vorwahl\" befüllt werden."));
            Assert.Equal("telefon != null", Property(result, "vorwahl", "requiredWhen"));
        }

        [Fact]
        public void TextAfterTheRuleKeepsItUntranslated()
        {
            var result = Group(Status + Xdf.Field("F00000002", "Termin", datentyp: "date", anzahl: "0:1"),
                Xdf.Rule2("R00000014", "WENN F00000001 = 001, DANN aktiviere F00000002. Die Staaten sind alphabetisch sortiert."));
            Assert.Null(Property(result, "termin", "visibleWhen"));
        }
    
        [Fact]
        public void RulesThatWouldMakeVisibilityCircularAreNotBothTranslated()
        {
            var result = Group(Xdf.Field("F00000001", "A", datentyp: "bool", anzahl: "0:1") + Xdf.Field("F00000002", "B", datentyp: "bool", anzahl: "0:1"),
                Xdf.Rule2("R1", "\"F00000002 B\" ist nur dann zu befüllen, wenn \"F00000001 A\" bejaht wurde.")
                + Xdf.Rule2("R2", "\"F00000001 A\" ist nur dann zu befüllen, wenn \"F00000002 B\" bejaht wurde."));
            Assert.Equal("a == true", Property(result, "b", "visibleWhen"));
            Assert.Null(Property(result, "a", "visibleWhen"));
            Assert.Contains("would decide each other's visibility", result.Entry("R2V1.0").Notes.Single());
        }
    }
}
