using System;
using System.Collections.Generic;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Binding
{
    /// <summary>What binding one form needs from the rest of the catalog: code lists, blocks, diagnostics.</summary>
    internal sealed class BindingContext
    {
        public BindingContext(DiagnosticBag diagnostics, IReadOnlyDictionary<string, CodeListModel> codeLists, IReadOnlyDictionary<string, JsonObjectSyntax> blocks)
        {
            Diagnostics = diagnostics;
            CodeLists = codeLists;
            Blocks = blocks;
        }

        public DiagnosticBag Diagnostics { get; }
        public IReadOnlyDictionary<string, CodeListModel> CodeLists { get; }
        public IReadOnlyDictionary<string, JsonObjectSyntax> Blocks { get; }

        /// <summary>Block ids being expanded, outermost first, to find cycles.</summary>
        public List<string> BlockStack { get; } = new List<string>();

        public CodeListModel? FindCodeList(string id) => CodeLists.TryGetValue(id, out var list) ? list : null;

        public string SuggestCodeList(string id) => Suggest(id, CodeLists.Keys, "codelists/", ".codelist.json");

        public string SuggestBlock(string id) => Suggest(id, Blocks.Keys, "blocks/", ".block.json");

        private static string Suggest(string id, IEnumerable<string> known, string folder, string ending)
        {
            foreach (var k in known)
                if (string.Equals(k, id, StringComparison.OrdinalIgnoreCase) || (k.Length > 3 && (k.StartsWith(id, StringComparison.OrdinalIgnoreCase) || id.StartsWith(k, StringComparison.OrdinalIgnoreCase))))
                    return $" (did you mean '{k}'?)";
            return $"; add {folder}{id}{ending} or fix the name";
        }
    }
}
