using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Fim.Model;
using FormFactory.Fim.Report;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// Maps a FIM data field to a definition field: <c>feldart</c> and <c>datentyp</c> to a type, <c>praezisierung</c>
    /// to checks, <c>anzahl</c> to required and repeat bounds, labels and help to label and hint, the id to <c>fim</c>.
    /// Every loss is noted in the import report.
    /// </summary>
    internal sealed class FieldMapper
    {
        private readonly ImportContext _context;

        public FieldMapper(ImportContext context) => _context = context;

        public FieldDraft? Map(FimField field, FimCardinality cardinality, string file, string prefix, NameScope ids)
        {
            var lost = new List<string>();
            string feldart = field.Feldart.Trim().ToLowerInvariant();
            if (feldart == "hidden")
            {
                _context.ReportElement("Datenfeld", field, null, new[]
                {
                    "feldart hidden: the citizen neither sees nor enters it" + (field.Content != null ? $" (its value is '{field.Content}')" : "")
                    + "; definitions have no hidden values, so set it where submissions are processed",
                });
                return null;
            }
            string id = ids.Take(IdNamer.FromText(field.IdSource, field.Identification.Id), field.Identification.Id);
            var json = new JsonObject { ["id"] = id };
            IReadOnlyCollection<string>? codes = null;
            string type;
            if (feldart == "label")
            {
                type = "info";
                json["type"] = "info";
                json["text"] = field.Content ?? field.InputHelp ?? field.Label;
                if (field.Content != null) json["label"] = field.Label;
                FieldConstraints.NotForType(field.Constraints, lost, "a text without input");
            }
            else
            {
                if (feldart is not ("input" or "select" or "locked")) lost.Add($"feldart '{field.Feldart}' is unknown; read as input");
                if (feldart == "locked") lost.Add("feldart locked (read-only) is not supported: imported as an input the citizen can change");
                if (feldart == "select") (type, codes) = Choice(field, cardinality, json, lost);
                else
                {
                    type = FieldTypes.Input(field, json, lost);
                    if (field.CodeList != null || field.Values.Count > 0)
                        lost.Add($"its code list or values are left out: feldart '{field.Feldart}' takes any input, only a select offers values");
                }
                json["label"] = field.Label;
                if (field.InputHelp != null) json["hint"] = field.InputHelp;
                if (cardinality.Min > 0 && type != "info") json["required"] = true;
                if (type != "info") FieldDefaults.Apply(field.Content, type, json, codes, lost);
            }
            FieldConstraints.Other(field.Constraints, lost);
            if (type != "file" && (field.MaxSize != null || field.MediaTypes.Count > 0)) lost.Add("maxSize/mediaType apply to files only; left out");
            if (field.Prefill != null && field.Prefill != "keine")
                lost.Add($"vorbefuellung '{field.Prefill}': which account value prefills it is not known; set 'prefill' by hand");
            json["fim"] = field.Identification.Id.Length > 0 ? field.Identification.Id : null;
            if (json["fim"] == null) json.Remove("fim");

            FieldDraft draft;
            string mappedTo;
            if (cardinality.IsRepeated && type is not ("multiChoice" or "info"))
            {
                draft = Wrap(field, cardinality, id, type, json, codes);
                mappedTo = $"{file} → {prefix}{id}[].wert ({type}, repeated {cardinality})";
            }
            else
            {
                draft = new FieldDraft(id, type, json, field) { Required = cardinality.Min > 0 && type != "info", Codes = codes, Repeated = type == "multiChoice" };
                mappedTo = $"{file} → {prefix}{id} ({type})";
            }
            _context.ReportElement("Datenfeld", field, mappedTo, lost);
            return draft;
        }

        private (string Type, IReadOnlyCollection<string>? Codes) Choice(FimField field, FimCardinality cardinality, JsonObject json, List<string> lost)
        {
            CodeListDraft? list = null;
            if (field.Values.Count > 0) list = _context.CodeLists.WriteValues(field, lost);
            else if (field.CodeList != null)
            {
                var given = _context.CodeLists.Find(field.CodeList, lost);
                if (given == null) lost.Add($"its code list {field.CodeList.Display} was not given (name the genericode file, or put it beside the schema); imported as a text field");
                else
                {
                    list = _context.CodeLists.Write(given, field.CodeList.FimId, field.CodeKey, field.NameKey);
                    if (list == null) lost.Add($"code list {field.CodeList.Display} has no usable values; imported as a text field");
                }
            }
            else lost.Add("a select field without code list or values; imported as a text field");
            if (list == null) return (FieldTypes.Input(field with { Datentyp = "text" }, json, lost), null);

            FieldConstraints.NotForType(field.Constraints, lost, "a choice");
            if (!cardinality.IsRepeated)
            {
                json["type"] = "choice";
                json["codeList"] = list.Id;
                return ("choice", list.Codes);
            }
            json["type"] = "multiChoice";
            json["codeList"] = list.Id;
            if (cardinality.Min > 1) json["minItems"] = cardinality.Min;
            if (cardinality.Max != null) json["maxItems"] = cardinality.Max.Value;
            return ("multiChoice", list.Codes);
        }

        /// <summary>A repeated field becomes a repeated group with one field <c>wert</c>, as only groups repeat.</summary>
        private static FieldDraft Wrap(FimField field, FimCardinality cardinality, string id, string type, JsonObject inner, IReadOnlyCollection<string>? codes)
        {
            inner["id"] = "wert";
            inner["required"] = true;
            var group = new JsonObject
            {
                ["id"] = id,
                ["type"] = "group",
                ["label"] = field.Label,
                ["repeat"] = ContainerMapper.Repeat(cardinality),
                ["itemLabel"] = field.Label,
            };
            if (cardinality.Min == 0) group["required"] = false;
            if (field.Identification.Id.Length > 0) group["fim"] = field.Identification.Id;
            group["fields"] = new JsonArray(inner);
            var innerDraft = new FieldDraft("wert", type, inner, field) { Required = true, Codes = codes };
            return new FieldDraft(id, "group", group, field) { Required = cardinality.Min > 0, Repeated = true, Children = new[] { innerDraft } };
        }
    }
}
