using System.Collections.Generic;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Runtime;

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
        /// <summary>The child fields in definition order; add them with <see cref="AddChild"/> so they can be found by id.</summary>
        public IReadOnlyList<FieldSymbol> Children => _children;

        private readonly List<FieldSymbol> _children = new List<FieldSymbol>();
        private readonly Dictionary<string, FieldSymbol> _childrenById = new Dictionary<string, FieldSymbol>(System.StringComparer.Ordinal);

        /// <summary>Adds <paramref name="child"/>; ids are unique among siblings (the reader drops repeats first), the first one wins.</summary>
        public void AddChild(FieldSymbol child)
        {
            _children.Add(child);
            if (!_childrenById.ContainsKey(child.Id)) _childrenById[child.Id] = child;
        }
        public CodeListModel? CodeList { get; set; }

        public string Path => FieldPaths.Format(Segments);

        public bool HasChildren => Kind == FieldKind.Group;

        public FieldSymbol? Child(string id)
        {
            WorkCounter.Step();
            return _childrenById.TryGetValue(id, out var child) ? child : null;
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
