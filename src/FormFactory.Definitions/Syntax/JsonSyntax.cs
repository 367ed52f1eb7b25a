using System.Collections.Generic;

namespace FormFactory.Definitions.Syntax
{
    /// <summary>A JSON value with the place it was written, so every later diagnostic can point at it.</summary>
    public abstract class JsonSyntax
    {
        /// <summary>Creates a node spanning <paramref name="location"/>.</summary>
        protected JsonSyntax(SourceLocation location) => Location = location;

        /// <summary>Where the value stands in its file.</summary>
        public SourceLocation Location { get; }

        /// <summary>The JSON kind as a designer would name it, for messages ("a string", "an object").</summary>
        public abstract string KindName { get; }
    }

    /// <summary>A JSON object; properties keep their order and their own locations.</summary>
    public sealed class JsonObjectSyntax : JsonSyntax
    {
        /// <summary>Creates an object node.</summary>
        public JsonObjectSyntax(SourceLocation location, IReadOnlyList<JsonPropertySyntax> properties) : base(location) => Properties = properties;

        /// <summary>The properties in file order (a duplicate name has already been reported and dropped).</summary>
        public IReadOnlyList<JsonPropertySyntax> Properties { get; }

        /// <inheritdoc />
        public override string KindName => "an object";

        /// <summary>The property called <paramref name="name"/>, if present.</summary>
        public JsonPropertySyntax? Find(string name)
        {
            foreach (var p in Properties)
                if (p.Name == name) return p;
            return null;
        }
    }

    /// <summary>A property of a JSON object.</summary>
    public sealed class JsonPropertySyntax
    {
        /// <summary>Creates a property.</summary>
        public JsonPropertySyntax(string name, SourceLocation nameLocation, JsonSyntax value)
        {
            Name = name;
            NameLocation = nameLocation;
            Value = value;
        }

        /// <summary>The property name.</summary>
        public string Name { get; }

        /// <summary>Where the name (with its quotes) stands.</summary>
        public SourceLocation NameLocation { get; }

        /// <summary>The value.</summary>
        public JsonSyntax Value { get; }
    }

    /// <summary>A JSON array.</summary>
    public sealed class JsonArraySyntax : JsonSyntax
    {
        /// <summary>Creates an array node.</summary>
        public JsonArraySyntax(SourceLocation location, IReadOnlyList<JsonSyntax> items) : base(location) => Items = items;

        /// <summary>The items in order.</summary>
        public IReadOnlyList<JsonSyntax> Items { get; }

        /// <inheritdoc />
        public override string KindName => "an array";
    }

    /// <summary>A JSON string, with a map from its characters back to the file for expression diagnostics.</summary>
    public sealed class JsonStringSyntax : JsonSyntax
    {
        private readonly SourceText _source;
        private readonly int[]? _rawOffsets;

        /// <summary>Creates a string node; <paramref name="rawOffsets"/> is null when the string had no escapes.</summary>
        public JsonStringSyntax(SourceLocation location, string value, SourceText source, int[]? rawOffsets) : base(location)
        {
            Value = value;
            _source = source;
            _rawOffsets = rawOffsets;
        }

        /// <summary>The decoded value.</summary>
        public string Value { get; }

        /// <inheritdoc />
        public override string KindName => "a string";

        /// <summary>The file location of characters <paramref name="start"/>..start+length of the decoded value.</summary>
        public SourceLocation LocationOf(int start, int length)
        {
            int first = Map(start);
            int end = Map(start + length);
            return _source.Location(first, end - first);
        }

        private int Map(int index)
        {
            if (index < 0) index = 0;
            if (index > Value.Length) index = Value.Length;
            int contentStart = Location.Offset + 1;
            if (_rawOffsets == null) return contentStart + index;
            return contentStart + _rawOffsets[index];
        }
    }

    /// <summary>A JSON number, kept as written so decimals stay exact.</summary>
    public sealed class JsonNumberSyntax : JsonSyntax
    {
        /// <summary>Creates a number node.</summary>
        public JsonNumberSyntax(SourceLocation location, string text) : base(location) => Text = text;

        /// <summary>The number exactly as written.</summary>
        public string Text { get; }

        /// <inheritdoc />
        public override string KindName => "a number";
    }

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public sealed class JsonLiteralSyntax : JsonSyntax
    {
        /// <summary>Creates a literal node; <paramref name="value"/> is null for JSON null.</summary>
        public JsonLiteralSyntax(SourceLocation location, bool? value) : base(location) => Value = value;

        /// <summary>The boolean, or null for JSON <c>null</c>.</summary>
        public bool? Value { get; }

        /// <inheritdoc />
        public override string KindName => Value == null ? "null" : "a boolean";
    }
}
