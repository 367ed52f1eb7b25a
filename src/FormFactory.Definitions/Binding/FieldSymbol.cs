using System.Collections.Generic;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// A field while a form is being bound: the shape expressions resolve against before the immutable
    /// <see cref="FieldModel"/> exists.
    /// </summary>
    internal sealed class FieldSymbol
    {
        public FieldSymbol(string id, FieldKind kind, bool repeated, FieldSymbol? parent, FieldSymbol? scopeRoot)
        {
            Id = id;
            Kind = kind;
            Repeated = repeated;
            Parent = parent;
            ScopeRoot = scopeRoot ?? this;
            var segments = new List<PathSegment>();
            if (parent != null) segments.AddRange(parent.Segments);
            if (id.Length > 0) segments.Add(new PathSegment(id, repeated));
            Segments = segments.ToEquatableArray();
        }

        public string Id { get; }
        public FieldKind Kind { get; }
        public bool Repeated { get; }
        public FieldSymbol? Parent { get; }

        /// <summary>Where paths in this field's expressions start: the form root, or the block inclusion the field came from.</summary>
        public FieldSymbol ScopeRoot { get; }

        public EquatableArray<PathSegment> Segments { get; }
        public List<FieldSymbol> Children { get; } = new List<FieldSymbol>();
        public CodeListModel? CodeList { get; set; }

        public string Path => FieldPaths.Format(Segments);

        public bool HasChildren => Kind == FieldKind.Group;

        public FieldSymbol? Child(string id)
        {
            foreach (var c in Children)
                if (c.Id == id) return c;
            return null;
        }

        /// <summary>The repeated groups that strictly contain this field, innermost first.</summary>
        public IEnumerable<FieldSymbol> RepeatedAncestors()
        {
            for (var p = Parent; p != null; p = p.Parent)
                if (p.Repeated) yield return p;
        }

        public ExpressionType ValueType => Repeated ? ExpressionType.ItemList : FieldKinds.ValueType(Kind);
    }
}
