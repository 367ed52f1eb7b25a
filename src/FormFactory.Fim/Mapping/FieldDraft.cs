using System.Collections.Generic;
using System.Text.Json.Nodes;
using FormFactory.Fim.Model;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// A field being written: its JSON, and what rule translation needs to find and address it (FIM id, type, codes,
    /// children). A block inclusion's children are the block's fields, which live in the block's file.
    /// </summary>
    internal sealed class FieldDraft
    {
        public FieldDraft(string id, string type, JsonObject json, FimElement element)
        {
            Id = id;
            Type = type;
            Json = json;
            Element = element;
        }

        /// <summary>The field id.</summary>
        public string Id { get; }

        /// <summary>The definition type (<c>text</c>, <c>choice</c>, <c>group</c> …), or <c>block</c> for an inclusion.</summary>
        public string Type { get; }

        /// <summary>The field's JSON, changed in place when a rule is translated.</summary>
        public JsonObject Json { get; }

        /// <summary>The FIM element it came from.</summary>
        public FimElement Element { get; }

        /// <summary>The FIM id (<c>F…</c>, <c>G…</c>) it stands for.</summary>
        public string FimId => Element.Identification.Id;

        /// <summary>True when the field is required always.</summary>
        public bool Required { get; init; }

        /// <summary>True for a repeated group (and a multiChoice): its fields have many values.</summary>
        public bool Repeated { get; init; }

        /// <summary>The codes of a choice, to check values a rule compares with.</summary>
        public IReadOnlyCollection<string>? Codes { get; init; }

        /// <summary>Fields of a group, or of the block an inclusion includes.</summary>
        public IReadOnlyList<FieldDraft> Children { get; init; } = new FieldDraft[0];

        /// <summary>True for a block inclusion: its children belong to another file.</summary>
        public bool IsInclusion => Type == "block";
    }
}
