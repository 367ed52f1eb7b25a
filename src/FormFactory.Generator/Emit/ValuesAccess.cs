using System.Collections.Generic;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// How printed expressions reach field values in a generated validator: from the form's values
    /// (<c>this.Root</c>) down through groups, or from a selected entry of a repeated group, to the field's
    /// <c>_Value()</c>, which is null while the field or anything around it is hidden.
    /// </summary>
    internal sealed class ValuesAccess : ICSharpFieldAccess
    {
        private readonly IReadOnlyDictionary<string, string> _entries;

        /// <summary>An access for code inside <paramref name="site"/>.</summary>
        public ValuesAccess(ValuesClass site) : this(site.SelectedEntries())
        {
        }

        private ValuesAccess(IReadOnlyDictionary<string, string> entries) => _entries = entries;

        /// <inheritdoc />
        public string Today => "this.Run.Today";

        /// <inheritdoc />
        public string? Read(BoundFieldReference field)
        {
            var segments = field.Segments;
            int last = segments.Count - 1;
            int entry = -1;
            for (int i = 0; i < last; i++)
                if (segments[i].Repeated) entry = i;
            string target = "this.Root";
            if (entry >= 0)
            {
                var upTo = new List<PathSegment>();
                for (int i = 0; i <= entry; i++) upTo.Add(segments[i]);
                // An entry that is not selected here cannot be read: the reference reads it as empty too.
                if (!_entries.TryGetValue(FieldPaths.Format(upTo), out var selected)) return null;
                target = selected;
            }
            for (int i = entry + 1; i < last; i++) target += "." + Member(segments[i].Id);
            return target + "." + segments[last].Id + "_Value()";
        }

        /// <inheritdoc />
        public ICSharpFieldAccess WithEntry(BoundFieldReference group, string variable)
        {
            var entries = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var e in _entries) entries[e.Key] = e.Value;
            entries[group.ModelPath] = variable;
            return new ValuesAccess(entries);
        }

        /// <summary>The member holding a field's value: its id, escaped where it is a C# keyword.</summary>
        public static string Member(string id) => Naming.CSharpNames.IsUsableIdentifier(id) ? id : "@" + id;
    }
}
