using System;
using System.IO;

namespace FormFactory.Cli.Tests.Support
{
    /// <summary>A definitions folder in a fresh temporary directory, deleted when the test ends.</summary>
    public sealed class TempCatalog : IDisposable
    {
        public TempCatalog(string folderName = "definitions")
        {
            Parent = Path.Combine(Path.GetTempPath(), "formfactory-cli-tests", Guid.NewGuid().ToString("N"));
            Folder = Path.Combine(Parent, folderName);
            Directory.CreateDirectory(Folder);
        }

        /// <summary>The directory that holds <see cref="Folder"/> (a working directory for relative paths).</summary>
        public string Parent { get; }

        /// <summary>The definitions folder.</summary>
        public string Folder { get; }

        /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="relativePath"/> inside the folder.</summary>
        public TempCatalog File(string relativePath, string text)
        {
            var full = Path.Combine(Folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
            return this;
        }

        /// <summary>Writes raw bytes, for files that are not text.</summary>
        public TempCatalog Bytes(string relativePath, byte[] bytes)
        {
            var full = Path.Combine(Folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllBytes(full, bytes);
            return this;
        }

        /// <summary>A small catalog without a single problem: factory settings, a code list, a block, a service, a tenant.</summary>
        public static TempCatalog Clean(string folderName = "definitions") => new TempCatalog(folderName)
            .File("factory.json", Samples.Factory)
            .File("codelists/anrede.codelist.json", Samples.CodeList)
            .File("blocks/anschrift.block.json", Samples.Block)
            .File("services/hundAnmelden.form.json", Samples.Form)
            .File("tenants/musterstadt.tenant.json", Samples.Tenant);

        public void Dispose()
        {
            try { Directory.Delete(Parent, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Definition texts for the catalogs the tests build.</summary>
    public static class Samples
    {
        public const string Factory = """
            {
              "name": "Digitalisierungsfabrik Test",
              "targetPerWeek": 2,
              "start": "2026-01-05",
              "languages": ["de", "en"],
              "maturityModel": "1.1"
            }
            """;

        public const string CodeList = """
            {
              "id": "anrede",
              "version": "1",
              "values": [
                { "code": "frau", "label": "Frau" },
                { "code": "herr", "label": "Herr" }
              ]
            }
            """;

        public const string Block = """
            {
              "id": "anschrift",
              "version": "1.0.0",
              "title": "Anschrift",
              "fields": [
                { "id": "strasse", "type": "text", "label": "Straße und Hausnummer", "required": true },
                { "id": "plz", "type": "postcode", "label": "Postleitzahl", "required": true },
                { "id": "ort", "type": "text", "label": "Ort", "required": true }
              ]
            }
            """;

        public const string Form = """
            {
              "id": "hundAnmelden",
              "version": "1.0.0",
              "title": { "de": "Hund anmelden", "en": "Register a dog" },
              "relevance": ["gemeinde"],
              "steps": [
                {
                  "id": "halter",
                  "title": "Halterin oder Halter",
                  "fields": [
                    { "id": "anrede", "type": "choice", "codeList": "anrede", "label": "Anrede" },
                    { "id": "name", "type": "text", "label": "Name", "required": true, "maxLength": 100 },
                    { "id": "anschrift", "block": "anschrift" },
                    { "id": "geburtsdatum", "type": "date", "label": "Geburtsdatum", "max": "today()" }
                  ]
                }
              ],
              "rules": [
                { "id": "volljaehrig", "assert": "age(geburtsdatum) >= 18", "on": ["geburtsdatum"], "message": "Sie müssen volljährig sein." }
              ]
            }
            """;

        public const string Tenant = """
            {
              "id": "musterstadt",
              "name": "Gemeinde Musterstadt",
              "type": "gemeinde",
              "offers": ["hundAnmelden"]
            }
            """;

        /// <summary>
        /// A service with one unknown property (<c>requird</c>, line 8, column 68) and one unknown field in an
        /// expression (<c>alter</c>, line 12, column 46).
        /// </summary>
        public const string BrokenForm = """
            {
              "id": "hundAnmelden",
              "title": "Hund anmelden",
              "steps": [
                {
                  "id": "halter",
                  "title": "Halterin oder Halter",
                  "fields": [ { "id": "name", "type": "text", "label": "Name", "requird": true } ]
                }
              ],
              "rules": [
                { "id": "alt", "assert": "name != 'x' && alter > 3", "message": "Zu jung." }
              ]
            }
            """;
    }
}
