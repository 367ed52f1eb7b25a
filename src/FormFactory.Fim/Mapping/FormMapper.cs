using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Fim.Model;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// Maps a Stammdatenschema to a service: one step per top-level group (its block included once), the top-level
    /// fields between groups gathered into a step of their own; the schema's rules apply across all steps.
    /// </summary>
    internal sealed class FormMapper
    {
        private readonly ImportContext _context;

        public FormMapper(ImportContext context) => _context = context;

        public void Map(FimSchema schema, string? serviceId)
        {
            string id = serviceId ?? _context.FormIds.Take(IdNamer.FromText(schema.IdSource, schema.Identification.Id), schema.Identification.Id);
            string path = "services/" + id + ".form.json";
            var fieldIds = new NameScope();
            var stepIds = new NameScope();
            var steps = new JsonArray();
            var pending = new List<FieldDraft>();
            bool hasGroups = schema.Children.Any(c => c.Element is FimGroup && !c.Cardinality.IsExcluded);

            int reportAt = _context.Report.Reserve();
            var all = _context.Containers.Map(schema.Children, path, "", schema, fieldIds);
            foreach (var draft in all)
            {
                if (draft.Element is FimGroup group)
                {
                    Flush(steps, pending, stepIds, hasGroups);
                    steps.Add(Step(stepIds.Take(IdNamer.FromText(group.IdSource, group.Identification.Id)), group.Label, new List<FieldDraft> { draft }));
                }
                else pending.Add(draft);
            }
            Flush(steps, pending, stepIds, hasGroups);
            if (steps.Count == 0) steps.Add(Step("angaben", "Angaben", new List<FieldDraft>()));

            var notes = new JsonArray
            {
                $"Imported from FIM Stammdatenschema {schema.Identification} (XDatenfelder {schema.XdfVersion}, {Path.GetFileName(schema.SourcePath)}).",
            };
            _context.Rules.ApplyAll(schema.Rules, new RuleScope(path, "", new FieldLookup(all, itemScope: false), ItemScope: false, Owner: "the service", notes));

            var json = new JsonObject
            {
                ["$schema"] = _context.SchemaReference("form"),
                ["id"] = id,
                ["title"] = schema.Label,
            };
            if (schema.Identification.Version != null) json["version"] = schema.Identification.Version;
            if (schema.InputHelp != null) json["summary"] = schema.InputHelp;
            if (schema.LegalBasis.Count > 0) json["legalBasis"] = new JsonArray(schema.LegalBasis.Select(l => (JsonNode)l).ToArray());
            json["fim"] = schema.Identification.Id;
            json["notes"] = notes;
            json["steps"] = steps;
            _context.AddFile(path, json);
            _context.ReportElement("Stammdatenschema", schema, path, new string[0], at: reportAt);
        }

        private static void Flush(JsonArray steps, List<FieldDraft> pending, NameScope stepIds, bool hasGroups)
        {
            if (pending.Count == 0) return;
            steps.Add(hasGroups ? Step(stepIds.Take("weitereAngaben"), "Weitere Angaben", pending) : Step(stepIds.Take("angaben"), "Angaben", pending));
            pending.Clear();
        }

        private static JsonObject Step(string id, string title, List<FieldDraft> fields) => new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["fields"] = new JsonArray(fields.Select(f => (JsonNode)f.Json).ToArray()),
        };
    }
}
