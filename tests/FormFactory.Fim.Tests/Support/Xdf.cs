using System.Linq;
using System.Text;
using FormFactory.Fim;

namespace FormFactory.Fim.Tests.Support
{
    /// <summary>
    /// Small XDatenfelder messages written inline, in the spirit of the core's FormTestCase: state the fields a test
    /// needs and nothing else. Children are <c>struktur</c> elements made by <see cref="Field"/> and <see cref="Group"/>.
    /// </summary>
    public static class Xdf
    {
        public const string Ns2 = "urn:xoev-de:fim:standard:xdatenfelder_2";
        public const string Ns3 = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";

        /// <summary>An XDatenfelder 2 Stammdatenschema S00000001 1.0 "Testantrag" holding <paramref name="children"/>.</summary>
        public static string Schema2(string children, string rules = "") =>
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + $"<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf=\"{Ns2}\">\n"
            + "<xdf:header><xdf:nachrichtID>1</xdf:nachrichtID></xdf:header>\n"
            + "<xdf:stammdatenschema>\n"
            + "<xdf:identifikation><xdf:id>S00000001</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>\n"
            + "<xdf:name>Testantrag</xdf:name><xdf:bezeichnungEingabe>Testantrag stellen</xdf:bezeichnungEingabe>\n"
            + rules + children
            + "</xdf:stammdatenschema>\n"
            + "</xdf:xdatenfelder.stammdatenschema.0102>\n";

        /// <summary>An XDatenfelder 3 Datenfeldgruppe G00000001 1.0.0 "Testgruppe" holding <paramref name="children"/>.</summary>
        public static string Group3(string children, string rules = "") =>
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + $"<xdf:xdatenfelder.datenfeldgruppe.0103 xmlns:xdf=\"{Ns3}\">\n"
            + "<xdf:header><xdf:nachrichtID>1</xdf:nachrichtID></xdf:header>\n"
            + "<xdf:datenfeldgruppe>\n"
            + "<xdf:identifikation><xdf:id>G00000001</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>\n"
            + "<xdf:name>Testgruppe</xdf:name><xdf:bezeichnungEingabe>Testgruppe</xdf:bezeichnungEingabe>\n"
            + rules + children
            + "</xdf:datenfeldgruppe>\n"
            + "</xdf:xdatenfelder.datenfeldgruppe.0103>\n";

        /// <summary>A field in a <c>struktur</c>; <paramref name="extra"/> is written inside <c>datenfeld</c> (praezisierung, inhalt, codelisteReferenz, rules …).</summary>
        public static string Field(string id, string name, string feldart = "input", string datentyp = "text", string anzahl = "1:1",
            string extra = "", string? label = null) =>
            $"<xdf:struktur><xdf:anzahl>{anzahl}</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>"
            + $"<xdf:identifikation><xdf:id>{id}</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>"
            + $"<xdf:name>{name}</xdf:name><xdf:bezeichnungEingabe>{label ?? name}</xdf:bezeichnungEingabe>"
            + $"<xdf:feldart><code>{feldart}</code></xdf:feldart><xdf:datentyp><code>{datentyp}</code></xdf:datentyp>"
            + extra
            + "</xdf:datenfeld></xdf:enthaelt></xdf:struktur>\n";

        /// <summary>A group in a <c>struktur</c>.</summary>
        public static string Group(string id, string name, string children, string anzahl = "1:1", string rules = "") =>
            $"<xdf:struktur><xdf:anzahl>{anzahl}</xdf:anzahl><xdf:enthaelt><xdf:datenfeldgruppe>"
            + $"<xdf:identifikation><xdf:id>{id}</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>"
            + $"<xdf:name>{name}</xdf:name><xdf:bezeichnungEingabe>{name}</xdf:bezeichnungEingabe>"
            + rules + children
            + "</xdf:datenfeldgruppe></xdf:enthaelt></xdf:struktur>\n";

        /// <summary>An XDatenfelder 2 rule with the given words.</summary>
        public static string Rule2(string id, string definition, string script = "") =>
            $"<xdf:regel><xdf:identifikation><xdf:id>{id}</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>"
            + $"<xdf:name>Regel {id}</xdf:name><xdf:definition>{definition}</xdf:definition><xdf:script>{script}</xdf:script></xdf:regel>";

        /// <summary>An XDatenfelder 2 code list reference.</summary>
        public static string CodeListReference(string uri, string version) =>
            "<xdf:codelisteReferenz><xdf:identifikation><xdf:id>C00000001</xdf:id></xdf:identifikation><xdf:genericodeIdentification>"
            + $"<xdf:canonicalIdentification>{uri}</xdf:canonicalIdentification><xdf:version>{version}</xdf:version>"
            + $"<xdf:canonicalVersionUri>{uri}_{version}</xdf:canonicalVersionUri></xdf:genericodeIdentification></xdf:codelisteReferenz>";

        /// <summary>A genericode list with columns code and name, keys codeKey and codenameKey, as FIM writes them.</summary>
        public static string Genericode(string uri, string version, params (string Code, string Name)[] rows) =>
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gc:CodeList xmlns:gc=\"http://docs.oasis-open.org/codelist/ns/genericode/1.0/\">"
            + $"<gc:Identification><gc:ShortName>Testliste</gc:ShortName><gc:Version>{version}</gc:Version><gc:CanonicalUri>{uri}</gc:CanonicalUri>"
            + $"<gc:CanonicalVersionUri>{uri}_{version}</gc:CanonicalVersionUri></gc:Identification>"
            + "<gc:ColumnSet><gc:Column Id=\"code\" Use=\"required\"><gc:ShortName>Code</gc:ShortName></gc:Column>"
            + "<gc:Column Id=\"name\" Use=\"required\"><gc:ShortName>Name</gc:ShortName></gc:Column>"
            + "<gc:Key Id=\"codeKey\"><gc:ColumnRef Ref=\"code\"/></gc:Key><gc:Key Id=\"codenameKey\"><gc:ColumnRef Ref=\"name\"/></gc:Key></gc:ColumnSet>"
            + "<gc:SimpleCodeList>"
            + string.Concat(rows.Select(r => $"<gc:Row><gc:Value ColumnRef=\"code\"><gc:SimpleValue>{r.Code}</gc:SimpleValue></gc:Value><gc:Value ColumnRef=\"name\"><gc:SimpleValue>{r.Name}</gc:SimpleValue></gc:Value></gc:Row>"))
            + "</gc:SimpleCodeList></gc:CodeList>\n";

        /// <summary>An input from text.</summary>
        public static FimInput Input(string path, string xml) => new FimInput(path, Encoding.UTF8.GetBytes(xml));

        /// <summary>Imports the given files.</summary>
        public static FimImportResult Import(params (string Path, string Xml)[] files) =>
            FimImporter.Import(files.Select(f => Input(f.Path, f.Xml)));

        /// <summary>The text of the written file <paramref name="path"/>.</summary>
        public static string File(this FimImportResult result, string path) =>
            result.Files.SingleOrDefault(f => f.Path == path)?.Text
            ?? throw new Xunit.Sdk.XunitException($"No {path} among: " + string.Join(", ", result.Files.Select(f => f.Path)));
    }
}
