using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Fim.Model;
using FormFactory.Fim.Report;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// Maps the children of a schema, group or repeated group into fields: groups become block inclusions (or, when
    /// they repeat, repeated groups written in place, since an inclusion cannot repeat), fields go to the
    /// <see cref="FieldMapper"/>. Rules attached to fields are applied once all siblings exist.
    /// </summary>
    internal sealed class ContainerMapper
    {
        private readonly ImportContext _context;

        public ContainerMapper(ImportContext context) => _context = context;

        /// <summary>Maps <paramref name="children"/> written into <paramref name="file"/> at <paramref name="prefix"/> (a path ending in '.' or empty).</summary>
        public List<FieldDraft> Map(IReadOnlyList<FimChild> children, string file, string prefix, FimElement parent, NameScope? ids = null)
        {
            ids ??= new NameScope();
            var drafts = new List<FieldDraft>();
            foreach (var child in children)
            {
                if (child.Cardinality.IsExcluded)
                {
                    _context.ReportElement(child.Element is FimGroup ? "Datenfeldgruppe" : "Datenfeld", child.Element, null,
                        new[] { "anzahl 0:0: the element must not occur; not imported" }, MappingStatus.NotMapped);
                    continue;
                }
                var draft = child.Element switch
                {
                    FimGroup group => MapGroup(group, child.Cardinality, file, prefix, ids),
                    FimField field => _context.Fields.Map(field, child.Cardinality, file, prefix, ids),
                    _ => null,
                };
                if (draft != null) drafts.Add(draft);
            }
            bool itemScope = prefix.EndsWith("[].", StringComparison.Ordinal);
            var lookup = new FieldLookup(drafts, itemScope);
            foreach (var draft in drafts.Where(d => d.Element is FimField && d.Element.Rules.Count > 0).ToList())
            {
                var notes = draft.Json["notes"] as JsonArray ?? new JsonArray();
                _context.Rules.ApplyAll(draft.Element.Rules, new RuleScope(file, prefix, lookup, itemScope,
                    Owner: $"the field '{prefix}{draft.Id}'", notes));
                if (notes.Count > 0 && draft.Json["notes"] == null) draft.Json["notes"] = notes;
            }
            return drafts;
        }

        private FieldDraft MapGroup(FimGroup group, FimCardinality cardinality, string file, string prefix, NameScope ids)
        {
            string id = ids.Take(IdNamer.FromText(group.IdSource, group.Identification.Id), group.Identification.Id);
            return cardinality.IsRepeated ? MapRepeatedGroup(group, cardinality, id, file, prefix) : MapInclusion(group, cardinality, id);
        }

        private FieldDraft MapInclusion(FimGroup group, FimCardinality cardinality, string id)
        {
            var block = _context.Blocks.GetOrCreate(group);
            var json = new JsonObject { ["id"] = id, ["block"] = block.Id };
            if (group.Label != block.Title) json["label"] = group.Label;
            if (group.InputHelp != null) json["hint"] = group.InputHelp;
            if (cardinality.Min == 0) json["required"] = false;
            return new FieldDraft(id, "block", json, group) { Required = cardinality.Min > 0, Children = block.Fields };
        }

        private FieldDraft MapRepeatedGroup(FimGroup group, FimCardinality cardinality, string id, string file, string prefix)
        {
            int reportAt = _context.Report.Reserve();
            var fields = Map(group.Children, file, prefix + id + "[].", group);
            var notes = new JsonArray();
            _context.Rules.ApplyAll(group.Rules, new RuleScope(file, prefix + id + "[].", new FieldLookup(fields, itemScope: true), ItemScope: true, Owner: $"the repeated group '{prefix}{id}'", notes));
            var json = new JsonObject
            {
                ["id"] = id,
                ["type"] = "group",
                ["label"] = group.Label,
                ["repeat"] = Repeat(cardinality),
            };
            if (group.InputHelp != null) json["hint"] = group.InputHelp;
            if (cardinality.Min == 0) json["required"] = false;
            if (group.Identification.Id.Length > 0) json["fim"] = group.Identification.Id;
            if (notes.Count > 0) json["notes"] = notes;
            json["fields"] = new JsonArray(fields.Select(f => (JsonNode)f.Json).ToArray());
            _context.ReportElement("Datenfeldgruppe", group, $"{file} → {prefix}{id} (repeated group)",
                new[] { $"anzahl {cardinality} repeats the group: written in place as a repeated group, because a block inclusion cannot repeat" },
                Report.MappingStatus.Mapped, reportAt);
            return new FieldDraft(id, "group", json, group) { Required = cardinality.Min > 0, Repeated = true, Children = fields };
        }

        /// <summary>The <c>repeat</c> object for <paramref name="cardinality"/>.</summary>
        public static JsonObject Repeat(FimCardinality cardinality)
        {
            var repeat = new JsonObject();
            if (cardinality.Min > 0) repeat["min"] = cardinality.Min;
            if (cardinality.Max != null) repeat["max"] = cardinality.Max.Value;
            return repeat;
        }
    }
}
