using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Fim.Model;
using FormFactory.Fim.Report;

namespace FormFactory.Fim.Mapping
{
    /// <summary>A block written for a FIM group.</summary>
    /// <param name="Id">The block id.</param>
    /// <param name="Path">Its file below the output folder.</param>
    /// <param name="Title">Its title: the group's label.</param>
    /// <param name="Fields">Its fields, for rules that read into an inclusion.</param>
    internal sealed record BlockDraft(string Id, string Path, string Title, IReadOnlyList<FieldDraft> Fields);

    /// <summary>
    /// One block per FIM group (id and version): a group used in several places, like "Anschrift Inland", is written
    /// once and included wherever it occurs.
    /// </summary>
    internal sealed class BlockRegistry
    {
        private readonly ImportContext _context;
        private readonly Dictionary<string, BlockDraft> _blocks = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Shape, int Line)> _firstOccurrence = new(StringComparer.Ordinal);

        public BlockRegistry(ImportContext context) => _context = context;

        /// <summary>True when the group (id and version) already has a block.</summary>
        public bool Has(FimGroup group) => _blocks.ContainsKey(group.Identification.ToString());

        /// <summary>The block for <paramref name="group"/>, written on first use.</summary>
        public BlockDraft GetOrCreate(FimGroup group)
        {
            string key = group.Identification.ToString();
            if (_blocks.TryGetValue(key, out var known))
            {
                var first = _firstOccurrence[key];
                if (group.Line != first.Line && GroupShape.Of(group) != first.Shape)
                    _context.ReportElement("Datenfeldgruppe", group, known.Path, new[]
                    {
                        $"occurs again with other content (fields, their anzahl, constraints or rules); the block follows its first occurrence (line {first.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
                    }, MappingStatus.Partly);
                return known;
            }
            _firstOccurrence[key] = (GroupShape.Of(group), group.Line);
            string id = _context.BlockIds.Take(IdNamer.FromText(group.IdSource, group.Identification.Id), group.Identification.Id);
            string path = "blocks/" + id + ".block.json";
            string title = group.Label.Length > 0 ? group.Label : group.Identification.Id;
            int reportAt = _context.Report.Reserve();
            var fields = _context.Containers.Map(group.Children, path, "", group);
            var notes = new JsonArray();
            _context.Rules.ApplyAll(group.Rules, new RuleScope(path, "", new FieldLookup(fields, itemScope: false), ItemScope: false, Owner: "the block", notes));
            var json = new JsonObject
            {
                ["$schema"] = _context.SchemaReference("block"),
                ["id"] = id,
                ["title"] = title,
            };
            if (group.Identification.Version != null) json["version"] = group.Identification.Version;
            if (group.Identification.Id.Length > 0) json["fim"] = group.Identification.Id;
            if (notes.Count > 0) json["notes"] = notes;
            json["fields"] = new JsonArray(fields.Select(f => (JsonNode)f.Json).ToArray());
            var block = new BlockDraft(id, path, title, fields);
            _blocks[key] = block;
            _context.AddFile(path, json);
            _context.ReportElement("Datenfeldgruppe", group, path, fields.Count == 0 ? new[] { "the group has no fields" } : Array.Empty<string>(), at: reportAt);
            return block;
        }
    }
}
