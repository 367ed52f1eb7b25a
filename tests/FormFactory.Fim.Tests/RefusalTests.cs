using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>Files that cannot be imported are refused with a diagnostic at the right place; hostile XML is refused safely and fast.</summary>
    public class RefusalTests
    {
        private static Diagnostic Expect(FimImportResult result, string id, int line, int column)
        {
            var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
            Assert.True(matching.Count == 1, $"Expected one {id}, got:\n" + string.Join("\n", result.Diagnostics));
            Assert.Equal((line, column), (matching[0].Location.Line, matching[0].Location.Column));
            Assert.Empty(result.Files);
            return matching[0];
        }

        private static FimImportResult ImportText(string xml) => Xdf.Import(("in.xml", xml));

        [Fact]
        public void XDatenfelder1IsRefusedNamingTheVersion()
        {
            var d = Expect(FimImporter.Import(new[] { Cases.Input("xdf1/S00000036_WaBeKa_xdf1.xml") }), "FF0703", 2, 2);
            Assert.Equal("Cases/xdf1/S00000036_WaBeKa_xdf1.xml(2,2): error FF0703: XDatenfelder 1 (namespace urn:xoev-de:fim:standard:xdatenfelder_1) is not supported; "
                + "FormFactory imports XDatenfelder 2 and 3: export the schema again as one of those from the FIM repository or your FIM editor.", d.ToString());
        }

        [Fact]
        public void AnUnknownLaterVersionIsRefusedNamingIt()
        {
            var d = Expect(ImportText("<x:xdatenfelder.stammdatenschema.0102 xmlns:x=\"urn:xoev-de:fim:standard:xdatenfelder_4.0.0\"/>"), "FF0703", 1, 2);
            Assert.StartsWith("XDatenfelder 4 (namespace urn:xoev-de:fim:standard:xdatenfelder_4.0.0)", d.Message);
        }

        [Fact]
        public void TruncatedXmlIsRefusedAtTheEnd()
        {
            var d = Expect(ImportText("<?xml version=\"1.0\"?>\n<a>\n  <b>Straße"), "FF0701", 3, 12);
            Assert.Contains("not well-formed XML", d.Message);
        }

        [Fact]
        public void ATruncatedRealExportIsRefused()
        {
            var bytes = File.ReadAllBytes(Cases.PathOf("xdf2/S00000094V1.0_xdf2.xml"));
            var result = FimImporter.Import(new[] { new FimInput("cut.xml", bytes.Take(bytes.Length / 2).ToArray()) });
            Assert.Equal(new[] { "FF0701" }, result.Diagnostics.Select(d => d.Id));
            Assert.Empty(result.Files);
        }

        [Fact]
        public void BillionLaughsIsRefusedWithoutExpanding()
        {
            var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n");
            for (int i = 1; i <= 9; i++)
                xml.Append($"  <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">\n");
            xml.Append("]>\n<lolz>&lol9;</lolz>\n");
            var clock = Stopwatch.StartNew();
            var d = Expect(ImportText(xml.ToString()), "FF0702", 2, 1);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), "took " + clock.Elapsed);
            Assert.Contains("document type declaration", d.Message);
        }

        [Fact]
        public void ExternalEntityIsRefusedWithoutReadingTheFile()
        {
            string secret = Path.Combine(Path.GetTempPath(), "ff-fim-secret-" + Guid.NewGuid().ToString("N") + ".txt");
            File.WriteAllText(secret, "GEHEIM-4711");
            try
            {
                string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [ <!ENTITY e SYSTEM \"file://" + secret + "\"> ]>\n"
                    + $"<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf=\"{Xdf.Ns2}\"><xdf:stammdatenschema><xdf:name>&e;</xdf:name></xdf:stammdatenschema></xdf:xdatenfelder.stammdatenschema.0102>";
                var result = ImportText(xml);
                Expect(result, "FF0702", 2, 1);
                Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("GEHEIM", StringComparison.Ordinal));
            }
            finally
            {
                File.Delete(secret);
            }
        }

        [Fact]
        public void ADoctypeInUtf16IsRecognised()
        {
            string xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE x [ <!ENTITY e \"e\"> ]>\n<x>&e;</x>";
            var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();
            var result = FimImporter.Import(new[] { new FimInput("utf16.xml", bytes) });
            Assert.Equal(new[] { "FF0702" }, result.Diagnostics.Select(d => d.Id));
        }

        [Fact]
        public void DeepNestingIsRefusedWithoutOverflowingTheStack()
        {
            string xml = string.Concat(Enumerable.Repeat("<a>", 5000)) + string.Concat(Enumerable.Repeat("</a>", 5000));
            var d = Expect(ImportText(xml), "FF0708", 1, 770);
            Assert.Contains("nested more than 256 levels", d.Message);
        }

        [Fact]
        public void DeepNestingIsRefusedWhereTheLimitIsPassedWithoutReadingTheRest()
        {
            // 200,000 levels once took minutes, as the tree was built before the depth was checked. The document ends
            // without closing its elements: were it read to the end, the import would refuse it as malformed (FF0701),
            // so the depth refusal proves the reader stopped at the 257th level.
            string xml = "<?xml version=\"1.0\"?>\n" + string.Concat(Enumerable.Repeat("<a>", 200_000));
            var result = ImportText(xml);
            Assert.Single(result.Diagnostics);
            var d = Expect(result, "FF0708", 2, 770);
            Assert.Contains("nested more than 256 levels", d.Message);
        }

        [Fact]
        public void TheDepthCheckReadsOnlyUpToTheLimit()
        {
            byte[] deep = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<a>", 200_000)) + string.Concat(Enumerable.Repeat("</a>", 200_000)));
            var counted = new CountingStream(deep);
            using var reader = System.Xml.XmlReader.Create(counted, Xml.SafeXml.Settings());
            Assert.Equal((1, 770), Xml.XmlDepth.FirstBeyond(reader, Xml.SafeXml.MaxDepth));
            Assert.True(counted.BytesRead < 64 * 1024, $"{counted.BytesRead} of {deep.Length} bytes read");
        }

        /// <summary>Counts what a reader takes from a stream.</summary>
        private sealed class CountingStream : MemoryStream
        {
            public CountingStream(byte[] content) : base(content, writable: false) { }
            public long BytesRead { get; private set; }
            public override int Read(byte[] buffer, int offset, int count) => Count(base.Read(buffer, offset, count));
            public override int Read(Span<byte> buffer) => Count(base.Read(buffer));
            private int Count(int n) { BytesRead += n; return n; }
        }

        [Fact]
        public void AFileLargerThanTheLimitIsRefusedUnread()
        {
            var result = FimImporter.Import(new[] { new FimInput("big.xml", new byte[Xml.SafeXml.MaxFileBytes + 1]) });
            Expect(result, "FF0006", 1, 1);
            Assert.Contains("larger than 32 MB", result.Diagnostics[0].Message);
        }

        [Fact]
        public void AnHtmlFileIsNoMessage()
        {
            var d = Expect(ImportText("<!-- export -->\n<html><body/></html>"), "FF0704", 2, 2);
            Assert.StartsWith("The root element 'html' (no namespace) is no XDatenfelder message", d.Message);
        }

        [Fact]
        public void AnXDatenfelderMessageOfAnotherKindIsRefused()
        {
            var d = Expect(ImportText($"<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf=\"{Xdf.Ns2}\"/>"), "FF0704", 1, 2);
            Assert.StartsWith("The XDatenfelder message 'xdatenfelder.datenfeld.0104' is none FormFactory imports", d.Message);
        }

        [Fact]
        public void AMessageWithoutItsSchemaIsIncomplete()
        {
            var d = Expect(ImportText($"<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf=\"{Xdf.Ns2}\">\n  <xdf:header/>\n</xdf:xdatenfelder.stammdatenschema.0102>"), "FF0705", 1, 2);
            Assert.Equal("The message cannot be imported: the message has no <stammdatenschema> element.", d.Message);
        }

        [Fact]
        public void ASchemaWithoutIdIsIncomplete()
        {
            string xml = $"<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf=\"{Xdf.Ns2}\">\n  <xdf:stammdatenschema><xdf:name>Test</xdf:name></xdf:stammdatenschema>\n</xdf:xdatenfelder.stammdatenschema.0102>";
            var d = Expect(ImportText(xml), "FF0705", 2, 4);
            Assert.Contains("has no <identifikation><id>", d.Message);
        }

        [Fact]
        public void AGenericodeListWithoutColumnsIsRefused()
        {
            var d = Expect(ImportText("<gc:CodeList xmlns:gc=\"http://docs.oasis-open.org/codelist/ns/genericode/1.0/\">\n  <Identification/>\n</gc:CodeList>"), "FF0706", 1, 2);
            Assert.Equal("The code list cannot be imported: it has no ColumnSet.", d.Message);
        }

        [Fact]
        public void AGenericodeListWithoutRowsIsRefused()
        {
            string xml = "<gc:CodeList xmlns:gc=\"http://docs.oasis-open.org/codelist/ns/genericode/1.0/\">\n"
                + "  <ColumnSet><Column Id=\"code\"/></ColumnSet>\n  <SimpleCodeList/>\n</gc:CodeList>";
            var d = Expect(ImportText(xml), "FF0706", 3, 4);
            Assert.Equal("The code list cannot be imported: its SimpleCodeList has no rows.", d.Message);
        }

        [Fact]
        public void TheSameSchemaTwiceIsImportedOnce()
        {
            string xml = Xdf.Schema2(Xdf.Field("F00000001", "Name"));
            var result = Xdf.Import(("a.xml", xml), ("b.xml", xml));
            var d = result.Diagnostics.Single();
            Assert.Equal("b.xml(1,1): warning FF0707: The Stammdatenschema S00000001V1.0 is already imported from 'a.xml'; this file is skipped.", d.ToString());
            Assert.Single(result.Files);
        }
    }
}
