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

        public MessagePart SuggestCodeList(string id) => Suggest(id, CodeLists.Keys, "codelists/", ".codelist.json");

        public MessagePart SuggestBlock(string id) => Suggest(id, Blocks.Keys, "blocks/", ".block.json");

        /// <summary>A "did you mean" for a known id, or where to add the file when no known id is near.</summary>
        private static MessagePart Suggest(string id, IEnumerable<string> known, string folder, string ending)
        {
            var nearest = NearestName.DidYouMean(id, known);
            return nearest != MessagePart.Empty ? nearest
                : new MessagePart($"; add {folder}{id}{ending} or fix the name", $"; legen Sie {folder}{id}{ending} an oder berichtigen Sie den Namen");
        }
    }
}
