using System.Linq;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class MessageTests
    {
        [Fact]
        public void CustomMessagesReplaceTheDefaultsInBothLanguages()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "kennzeichen", "type": "text", "label": "Kennzeichen", "required": true, "pattern": "^[A-Z]{1,3}-[A-Z]{1,2} [0-9]{1,4}$",
                    "messages": { "pattern": { "de": "Wie auf dem Fahrzeugschein, zum Beispiel DA-AB 123.", "en": "As on the registration, for example DA-AB 123." },
                                  "required": { "en": "Enter the plate.", "de": "Geben Sie das Kennzeichen an." } } } ]
                """).Validator();
            var pattern = v.Validate("""{ "kennzeichen": "x" }""").Errors.Single();
            Assert.Equal(("Wie auf dem Fahrzeugschein, zum Beispiel DA-AB 123.", "As on the registration, for example DA-AB 123."), (pattern.MessageDe, pattern.MessageEn));
            var required = v.Validate("{}").Errors.Single();
            Assert.Equal(("Geben Sie das Kennzeichen an.", "Enter the plate."), (required.MessageDe, required.MessageEn));
        }

        [Fact]
        public void AGermanOnlyCustomMessageIsUsedForEnglishToo()
        {
            var error = new FormTestCase().Form("test", """
                [ { "id": "plz", "type": "postcode", "label": "PLZ", "messages": { "format": "Die Postleitzahl hat fünf Ziffern." } } ]
                """).Validator().Validate("""{ "plz": "1" }""").Errors.Single();
            Assert.Equal(("format", "Die Postleitzahl hat fünf Ziffern.", "Die Postleitzahl hat fünf Ziffern."), (error.Code, error.MessageDe, error.MessageEn));
        }

        [Fact]
        public void ACustomMessageForOneCheckLeavesTheOthersDefault()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "name", "type": "text", "label": { "de": "Name", "en": "Name" }, "maxLength": 3, "messages": { "pattern": "Nur Buchstaben." } } ]
                """).Validator();
            var error = v.Validate("""{ "name": "abcd" }""").Errors.Single();
            Assert.Equal("„Name“ darf höchstens 3 Zeichen lang sein.", error.MessageDe);
            Assert.Equal("“Name” must be 3 characters or fewer.", error.MessageEn);
        }

        [Fact]
        public void DefaultMessagesNameTheFieldInEachLanguage()
        {
            var error = new FormTestCase().Form("test", """
                [ { "id": "familienname", "type": "text", "label": { "de": "Familienname", "en": "Surname" }, "required": true } ]
                """).Validator().Validate("{}").Errors.Single();
            Assert.Equal("Geben Sie „Familienname“ an.", error.MessageDe);
            Assert.Equal("Enter “Surname”.", error.MessageEn);
        }

        [Theory]
        [InlineData("text", "\"required\": true", "{}", "required")]
        [InlineData("text", "\"minLength\": 2", "{ \"f\": \"a\" }", "minLength")]
        [InlineData("text", "\"maxLength\": 1", "{ \"f\": \"ab\" }", "maxLength")]
        [InlineData("text", "\"pattern\": \"^a$\"", "{ \"f\": \"b\" }", "pattern")]
        [InlineData("integer", "\"min\": 2", "{ \"f\": 1 }", "min")]
        [InlineData("integer", "\"max\": 2", "{ \"f\": 3 }", "max")]
        [InlineData("decimal", "\"scale\": 1", "{ \"f\": 1.25 }", "scale")]
        [InlineData("date", "\"min\": \"2026-01-01\"", "{ \"f\": \"2025-01-01\" }", "min")]
        [InlineData("date", "\"max\": \"2026-01-01\"", "{ \"f\": \"2027-01-01\" }", "max")]
        [InlineData("choice", "\"codeList\": \"farben\"", "{ \"f\": \"lila\" }", "codeList")]
        [InlineData("multiChoice", "\"codeList\": \"farben\", \"minItems\": 2", "{ \"f\": [\"rot\"] }", "minItems")]
        [InlineData("multiChoice", "\"codeList\": \"farben\", \"maxItems\": 1", "{ \"f\": [\"rot\", \"blau\"] }", "maxItems")]
        [InlineData("file", "\"accept\": [\"application/pdf\"]", "{ \"f\": { \"name\": \"a\", \"mediaType\": \"image/png\", \"size\": 1, \"sha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\" } }", "accept")]
        [InlineData("file", "\"maxSizeKb\": 1", "{ \"f\": { \"name\": \"a\", \"mediaType\": \"image/png\", \"size\": 1025, \"sha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\" } }", "maxSize")]
        [InlineData("email", "", "{ \"f\": \"kein\" }", "format")]
        [InlineData("phone", "", "{ \"f\": \"1\" }", "format")]
        [InlineData("postcode", "", "{ \"f\": \"1\" }", "format")]
        [InlineData("iban", "", "{ \"f\": \"DE00\" }", "iban")]
        [InlineData("integer", "", "{ \"f\": \"1\" }", "format")]
        [InlineData("group", "\"repeat\": { \"min\": 2 }, \"fields\": [ { \"id\": \"x\", \"type\": \"text\", \"label\": \"X\" } ]", "{ \"f\": [ {} ] }", "repeatMin")]
        [InlineData("group", "\"repeat\": { \"max\": 1 }, \"fields\": [ { \"id\": \"x\", \"type\": \"text\", \"label\": \"X\" } ]", "{ \"f\": [ {}, {} ] }", "repeatMax")]
        public void EveryCheckHasADefaultMessageInBothLanguagesThatNamesTheField(string type, string properties, string json, string code)
        {
            string fields = "[ { \"id\": \"f\", \"label\": { \"de\": \"Feldname\", \"en\": \"Fieldname\" }, \"type\": \"" + type + "\""
                + (properties.Length > 0 ? ", " + properties : "") + " } ]";
            var error = new FormTestCase().CodeList("farben", "rot", "blau").Form("test", fields).Validator().Validate(json).Errors.Single();
            Assert.Equal(code, error.Code);
            Assert.Contains("Feldname", error.MessageDe);
            Assert.Contains("Fieldname", error.MessageEn);
            Assert.NotEqual(error.MessageDe, error.MessageEn);
        }

        [Fact]
        public void CustomMessagesApplyInsideRepeatedEntries()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "hunde", "type": "group", "label": "Hunde", "repeat": { "min": 1, "max": 1 }, "fields": [
                    { "id": "chip", "type": "text", "label": "Chip", "required": true, "messages": { "required": { "de": "Chip fehlt.", "en": "Chip missing." } } } ] } ]
                """).Validator();
            var error = v.Validate("""{ "hunde": [ {} ] }""").Errors.Single();
            Assert.Equal(("hunde[0].chip", "Chip fehlt.", "Chip missing."), (error.Path, error.MessageDe, error.MessageEn));
        }
    }
}
