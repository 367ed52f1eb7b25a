using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace FormFactory.Fim.Mapping
{
    /// <summary>Where a rule applies: the fields of the file (or repeated group entry) its element is mapped to.</summary>
    /// <param name="File">The file the fields are written to.</param>
    /// <param name="Prefix">Their path in the file, for the report ("" at the top, <c>kinder[].</c> in a repeated group).</param>
    /// <param name="Fields">The fields a rule may change and read, by FIM id.</param>
    /// <param name="ItemScope">True inside a repeated group: expressions address the current entry with <c>item.</c>.</param>
    /// <param name="Owner">The element the rule is attached to, for the report.</param>
    /// <param name="Notes">Where the rule's text is kept.</param>
    internal sealed record RuleScope(string File, string Prefix, FieldLookup Fields, bool ItemScope, string Owner, JsonArray Notes);
}
