using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Text;
using FormFactory.Fim.CodeLists;
using FormFactory.Fim.Model;
using FormFactory.Fim.Report;

namespace FormFactory.Fim.Mapping
{
    /// <summary>A code list written by the import.</summary>
    /// <param name="Id">Its id.</param>
    /// <param name="Codes">Its codes, to check values rules compare with.</param>
    internal sealed record CodeListDraft(string Id, IReadOnlyCollection<string> Codes);

    /// <summary>
    /// The genericode lists given to the import, found by the references of select fields, and written once per list
    /// and choice of columns.
    /// </summary>
    internal sealed class CodeListRegistry
    {
        private readonly ImportContext _context;
        private readonly List<(GenericodeCodeList List, FimInput Input)> _lists = new();
        // Lookups by URI, so that many lists and many fields do not multiply.
        private readonly Dictionary<string, (GenericodeCodeList List, FimInput Input)> _byVersionUri = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<GenericodeCodeList>> _byUri = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CodeListDraft?> _written = new(StringComparer.Ordinal);
        private readonly HashSet<GenericodeCodeList> _used = new();

        public CodeListRegistry(ImportContext context) => _context = context;

        /// <summary>Adds a list; the path of the file that gave it already when the same list version was given before.</summary>
        public string? Add(GenericodeCodeList list, FimInput input)
        {
            if (list.CanonicalVersionUri != null)
            {
                if (_byVersionUri.TryGetValue(list.CanonicalVersionUri, out var same)) return same.Input.Path;
                _byVersionUri[list.CanonicalVersionUri] = (list, input);
            }
            if (list.CanonicalUri != null)
            {
                if (!_byUri.TryGetValue(list.CanonicalUri, out var versions)) _byUri[list.CanonicalUri] = versions = new List<GenericodeCodeList>();
                versions.Add(list);
            }
            _lists.Add((list, input));
            return null;
        }

        /// <summary>The list a field refers to: the same version, else the same list in another version (noted).</summary>
        public GenericodeCodeList? Find(FimCodeListReference reference, List<string> notes)
        {
            if (reference.CanonicalVersionUri != null && _byVersionUri.TryGetValue(reference.CanonicalVersionUri, out var same)) return same.List;
            if (reference.CanonicalUri == null || !_byUri.TryGetValue(reference.CanonicalUri, out var candidates)) return null;
            var exact = candidates.FirstOrDefault(l => l.Version == reference.Version);
            if (exact != null) return exact;
            var other = candidates.OrderByDescending(l => l.Version, StringComparer.Ordinal).FirstOrDefault();
            if (other != null) notes.Add($"code list {reference.Display} was not given; version {other.Version} of the same list was used");
            return other;
        }

        /// <summary>Writes <paramref name="list"/> (once per choice of columns); null when no value is usable.</summary>
        public CodeListDraft? Write(GenericodeCodeList list, string? fimId, string? codeKey, string? nameKey)
        {
            var columns = CodeListColumns.Choose(list, codeKey, nameKey);
            string key = list.Display + "\n" + list.SourcePath + "\n" + columns.Code + "\n" + columns.Name;
            if (_written.TryGetValue(key, out var done)) return done;
            _used.Add(list);
            var notes = new List<string>();
            var values = new List<(string Code, string Label)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < list.Rows.Count; i++)
            {
                var row = list.Rows[i];
                if (!row.TryGetValue(columns.Code, out var code))
                {
                    notes.Add($"row {(i + 1).ToString(CultureInfo.InvariantCulture)} has no code in column '{columns.Code}'; left out");
                    continue;
                }
                if (Unusable(code) is string why)
                {
                    notes.Add(why);
                    continue;
                }
                if (!seen.Add(code))
                {
                    notes.Add($"code '{code}' appears more than once; the first is kept");
                    continue;
                }
                values.Add((code, row.TryGetValue(columns.Name, out var label) ? label : code));
            }
            string source = Path.GetFileName(list.SourcePath) + (list.Line > 0 ? ":" + list.Line.ToString(CultureInfo.InvariantCulture) : "");
            string display = fimId ?? list.Display;
            if (values.Count == 0)
            {
                notes.Add($"no row has a code in column '{columns.Code}'");
                _context.Report.Add("Codeliste", display, list.ShortName ?? "", source, null, notes);
                _written[key] = null;
                return null;
            }
            string id = _context.CodeListIds.Take(IdNamer.FromText(list.Title, fimId ?? "codeliste"), fimId);
            string path = "codelists/" + id + ".codelist.json";
            var json = new JsonObject
            {
                ["$schema"] = _context.SchemaReference("codelist"),
                ["id"] = id,
            };
            if (list.Version != null) json["version"] = list.Version;
            if (list.ShortName != null) json["title"] = list.ShortName;
            if ((list.CanonicalVersionUri ?? list.CanonicalUri) is string uri) json["source"] = uri;
            json["values"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject { ["code"] = v.Code, ["label"] = v.Label }).ToArray());
            _context.AddFile(path, json);
            _context.Report.Add("Codeliste", display, list.ShortName ?? "", source, path + " (" + columns.How + ")", notes);
            var draft = new CodeListDraft(id, seen);
            _written[key] = draft;
            return draft;
        }

        /// <summary>Writes the values a select field lists itself (XDatenfelder 3 <c>werte</c>).</summary>
        public CodeListDraft? WriteValues(FimField field, List<string> notes)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var values = new JsonArray();
            foreach (var v in field.Values)
            {
                if (v.Code.Length == 0) { notes.Add("a listed value without code is left out"); continue; }
                if (Unusable(v.Code) is string why) { notes.Add(why); continue; }
                if (!seen.Add(v.Code)) { notes.Add($"value '{v.Code}' is listed twice; the first is kept"); continue; }
                var value = new JsonObject { ["code"] = v.Code, ["label"] = v.Name.Length == 0 ? v.Code : v.Name };
                if (v.Help != null) value["description"] = v.Help;
                values.Add(value);
            }
            if (values.Count == 0) return null;
            string id = _context.CodeListIds.Take(IdNamer.FromText(field.IdSource, field.Identification.Id), field.Identification.Id);
            var json = new JsonObject
            {
                ["$schema"] = _context.SchemaReference("codelist"),
                ["id"] = id,
                ["title"] = field.Label,
                ["values"] = values,
            };
            if (field.Identification.Version != null) json["version"] = field.Identification.Version;
            _context.AddFile("codelists/" + id + ".codelist.json", json);
            return new CodeListDraft(id, seen);
        }

        /// <summary>
        /// Why <paramref name="code"/> cannot be written (validate refuses a code with a control character, lone
        /// surrogate or noncharacter, FF0120, and XML can carry some of them); null when it can.
        /// </summary>
        private static string? Unusable(string code)
        {
            int at = PortableText.FirstUnportable(code);
            return at < 0 ? null : $"code '{PortableText.Quote(code)}' holds {PortableText.Describe(code, at)}, which definitions do not allow in codes (FF0120); left out";
        }

        /// <summary>The lists the user named that no field used: imported on their own.</summary>
        public IEnumerable<GenericodeCodeList> UnusedNamedLists() =>
            _lists.Where(l => !l.Input.OnlyIfReferenced && !_used.Contains(l.List)).Select(l => l.List).ToList();

        /// <summary>The lists found beside the schemas that no field used (not imported).</summary>
        public IEnumerable<(GenericodeCodeList List, FimInput Input)> UnusedFoundLists() =>
            _lists.Where(l => l.Input.OnlyIfReferenced && !_used.Contains(l.List)).ToList();
    }
}
