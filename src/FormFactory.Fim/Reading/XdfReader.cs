using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.Model;
using FormFactory.Fim.Xml;

namespace FormFactory.Fim.Reading
{
    /// <summary>
    /// What XDatenfelder 2 and 3 share: identification, names and labels, the <c>struktur</c> tree with
    /// <c>anzahl</c>, fields and rules. The versions differ in details (<see cref="Xdf2Reader"/>, <see cref="Xdf3Reader"/>).
    /// Elements are found by local name, so the reader is lenient about order and about unqualified children.
    /// </summary>
    public abstract class XdfReader
    {
        /// <summary>The message root of a master data schema.</summary>
        public const string SchemaMessage = "xdatenfelder.stammdatenschema.0102";

        /// <summary>The message root of a data field group.</summary>
        public const string GroupMessage = "xdatenfelder.datenfeldgruppe.0103";

        private readonly string _path;
        private readonly DiagnosticBag _diagnostics;

        /// <summary>Creates a reader for the file <paramref name="path"/>.</summary>
        protected XdfReader(string path, DiagnosticBag diagnostics)
        {
            _path = path;
            _diagnostics = diagnostics;
        }

        /// <summary>2 or 3.</summary>
        protected abstract int Version { get; }

        /// <summary>Reads the <c>praezisierung</c> of a field.</summary>
        protected abstract FimConstraints ReadConstraints(XElement? praezisierung, List<string> problems);

        /// <summary>The rule in words.</summary>
        protected abstract string? RuleText(XElement regel);

        /// <summary>The rule's script.</summary>
        protected abstract string? RuleScript(XElement regel);

        /// <summary>Adds what only this version has to a field.</summary>
        protected virtual FimField ReadFieldExtras(XElement datenfeld, FimField field, List<string> problems) => field;

        /// <summary>Reads the message whose root is <paramref name="root"/>; null with a diagnostic when it cannot be imported.</summary>
        public FimSchema? ReadMessage(XElement root)
        {
            bool isSchema = root.Name.LocalName == SchemaMessage;
            var content = XmlText.Child(root, isSchema ? "stammdatenschema" : "datenfeldgruppe");
            if (content == null)
            {
                _diagnostics.Report(DiagnosticDescriptors.IncompleteXdfMessage, XmlLocation.Of(_path, root),
                    $"the message has no <{(isSchema ? "stammdatenschema" : "datenfeldgruppe")}> element");
                return null;
            }
            var problems = new List<string>();
            var id = ReadIdentification(content, problems);
            if (id.Id.Length == 0)
            {
                _diagnostics.Report(DiagnosticDescriptors.IncompleteXdfMessage, XmlLocation.Of(_path, content),
                    $"the {(isSchema ? "schema" : "group")} has no <identifikation><id>");
                return null;
            }
            var schema = new FimSchema
            {
                Kind = isSchema ? FimMessageKind.Stammdatenschema : FimMessageKind.Datenfeldgruppe,
                XdfVersion = Version,
                SourcePath = _path,
            };
            schema = Fill(schema, content, id, problems);
            if (isSchema) return schema with { Children = ReadChildren(content), ReadProblems = problems };
            var group = ReadGroup(content);
            return schema with { RootGroup = group, ReadProblems = problems };
        }

        private T Fill<T>(T element, XElement xml, FimIdentification id, List<string> problems) where T : FimElement =>
            element with
            {
                Identification = id,
                Name = XmlText.Line(XmlText.Child(xml, "name")) ?? "",
                InputLabel = XmlText.Line(XmlText.Child(xml, "bezeichnungEingabe")) ?? XmlText.Line(XmlText.Child(xml, "bezeichnung")),
                InputHelp = XmlText.Of(XmlText.Child(xml, "hilfetextEingabe")) ?? XmlText.Of(XmlText.Child(xml, "hilfetext")),
                LegalBasis = ReadLegalBasis(xml),
                Rules = XmlText.Children(xml, "regel").Select(ReadRule).ToList(),
                Line = XmlLocation.Line(xml),
                ReadProblems = problems,
            };

        private List<FimChild> ReadChildren(XElement parent)
        {
            var children = new List<FimChild>();
            foreach (var struktur in XmlText.Children(parent, "struktur"))
            {
                var problems = new List<string>();
                string? anzahl = XmlText.Line(XmlText.Child(struktur, "anzahl"));
                if (!FimCardinality.TryParse(anzahl, out var cardinality))
                    problems.Add($"anzahl '{anzahl ?? ""}' is not of the form min:max; read as 1:1");
                foreach (var item in XmlText.Child(struktur, "enthaelt")?.Elements() ?? Enumerable.Empty<XElement>())
                {
                    FimElement? element = item.Name.LocalName switch
                    {
                        "datenfeldgruppe" => ReadGroup(item),
                        "datenfeld" => ReadField(item),
                        _ => null,
                    };
                    if (element == null) continue;
                    if (problems.Count > 0) element = element with { ReadProblems = element.ReadProblems.Concat(problems).ToList() };
                    children.Add(new FimChild(cardinality, element));
                }
            }
            return children;
        }

        private FimGroup ReadGroup(XElement xml)
        {
            var problems = new List<string>();
            var group = Fill(new FimGroup(), xml, ReadIdentification(xml, problems), problems);
            return group with { Children = ReadChildren(xml) };
        }

        private FimField ReadField(XElement xml)
        {
            var problems = new List<string>();
            var field = Fill(new FimField(), xml, ReadIdentification(xml, problems), problems);
            var inhalt = XmlText.Children(xml, "inhalt").Select(XmlText.Of).FirstOrDefault(t => t != null);
            string? feldart = XmlText.Code(XmlText.Child(xml, "feldart"));
            string? datentyp = XmlText.Code(XmlText.Child(xml, "datentyp"));
            // Without feldart, a field that lists values or names a code list is a select; any other an input.
            bool offersValues = XmlText.Child(xml, "codelisteReferenz") != null || XmlText.Child(xml, "werte") != null;
            if (feldart == null)
            {
                feldart = offersValues ? "select" : "input";
                problems.Add($"it has no feldart; read as {feldart}");
            }
            // A select or label needs no datentyp: its values or text say what it holds.
            if (datentyp == null && feldart is not ("select" or "label")) problems.Add("it has no datentyp; read as text");
            field = field with
            {
                Feldart = feldart,
                Datentyp = datentyp ?? "text",
                Constraints = ReadConstraints(XmlText.Child(xml, "praezisierung"), problems),
                CodeList = ReadCodeListReference(XmlText.Child(xml, "codelisteReferenz")),
                Content = inhalt,
            };
            return ReadFieldExtras(xml, field, problems);
        }

        private FimRule ReadRule(XElement xml)
        {
            var problems = new List<string>();
            return new FimRule
            {
                Identification = ReadIdentification(xml, problems),
                Name = XmlText.Line(XmlText.Child(xml, "name")) ?? "",
                Text = RuleText(xml),
                Script = RuleScript(xml),
                Type = XmlText.Code(XmlText.Child(xml, "typ")),
                Line = XmlLocation.Line(xml),
            };
        }

        private static FimIdentification ReadIdentification(XElement xml, List<string> problems)
        {
            var identification = XmlText.Child(xml, "identifikation");
            string? id = XmlText.Line(XmlText.Child(identification, "id"));
            if (id == null) problems.Add("it has no <identifikation><id>");
            else if (XmlText.Children(identification, "id").Skip(1).Any())
                problems.Add($"its <identifikation> has more than one <id>; the first, '{id}', is used");
            return new FimIdentification(id ?? "", XmlText.Line(XmlText.Child(identification, "version")));
        }

        private static FimCodeListReference? ReadCodeListReference(XElement? xml)
        {
            if (xml == null) return null;
            string? fimId = XmlText.Line(XmlText.Child(XmlText.Child(xml, "identifikation"), "id"));
            var holder = xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "canonicalIdentification")?.Parent ?? xml;
            var reference = new FimCodeListReference(fimId,
                XmlText.Line(XmlText.Child(holder, "canonicalIdentification")),
                XmlText.Line(XmlText.Child(holder, "version")),
                XmlText.Line(XmlText.Child(holder, "canonicalVersionUri")));
            return reference.FimId == null && reference.CanonicalUri == null && reference.CanonicalVersionUri == null ? null : reference;
        }

        private static List<string> ReadLegalBasis(XElement xml)
        {
            var result = new List<string>();
            foreach (var bezug in XmlText.Children(xml, "bezug"))
                foreach (var part in (XmlText.Of(bezug) ?? "").Split(';', '\n'))
                {
                    string p = string.Join(" ", part.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
                    if (p.Length > 1 && !result.Contains(p)) result.Add(p);
                }
            return result;
        }
    }
}
