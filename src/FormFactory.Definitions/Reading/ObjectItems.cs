using System.Collections.Generic;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Reading
{
    /// <summary>Walks arrays of objects (steps, fields, rules, history, values), reporting items that are no object.</summary>
    internal static class ObjectItems
    {
        /// <summary>The objects of <paramref name="array"/>; any other item is reported as FF0103 under <paramref name="name"/>.</summary>
        public static IEnumerable<JsonObjectSyntax> Of(JsonArraySyntax? array, string name, DiagnosticBag diagnostics)
        {
            if (array == null) yield break;
            foreach (var item in array.Items)
            {
                if (item is JsonObjectSyntax obj) yield return obj;
                else diagnostics.Report(DiagnosticDescriptors.WrongValueType, item.Location, name + "[]", "an object", item.KindName);
            }
        }
    }

    /// <summary>Ids that must be unique among siblings; a repeat is reported as FF0105 pointing at the first use.</summary>
    internal sealed class SiblingIds
    {
        private readonly Dictionary<string, string> _seen = new Dictionary<string, string>();
        private readonly string _what;

        /// <param name="what">How the first use is named in the message, e.g. "by the step"; empty for plain fields.</param>
        public SiblingIds(string what = "") => _what = what;

        /// <summary>Registers <paramref name="id"/>; false (after reporting) when a sibling already has it.</summary>
        public bool Register(JsonStringSyntax id, DiagnosticBag diagnostics)
        {
            if (_seen.TryGetValue(id.Value, out var where))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateId, id.Location, id.Value, where);
                return false;
            }
            _seen[id.Value] = (_what.Length == 0 ? "" : _what + " ") + $"at line {id.Location.Line}";
            return true;
        }
    }
}
