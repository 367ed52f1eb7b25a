using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>Where a property's element type comes from.</summary>
    internal enum TypeOrigin
    {
        /// <summary>A fixed type, written as given (<c>string</c>, <c>global::System.DateOnly</c>).</summary>
        Fixed,
        /// <summary>A code list enum in the generated <c>CodeLists</c> namespace.</summary>
        CodeList,
        /// <summary>A record nested in the property's own type.</summary>
        Nested,
    }

    /// <summary>A property's type: the element type and whether the property holds a list of them.</summary>
    /// <param name="Origin">Where <paramref name="Name"/> lives.</param>
    /// <param name="Name">The type's name in its origin.</param>
    /// <param name="IsList">True for repeated groups and multiChoice fields.</param>
    internal sealed record PropertyType(TypeOrigin Origin, string Name, bool IsList);

    /// <summary>One init-only property of a generated record, standing for one field.</summary>
    /// <param name="Name">The C# name (PascalCase of the field id).</param>
    /// <param name="FieldId">The field id, which is also the JSON property name.</param>
    /// <param name="Type">The property's type.</param>
    /// <param name="Doc">Its doc comment.</param>
    /// <param name="Kind">The field's type, which decides how its value is read from and written to JSON.</param>
    /// <param name="CodeMapping">For code list enums, the class that maps members to codes.</param>
    internal sealed record PropertySpec(string Name, string FieldId, PropertyType Type, DocSpec Doc, FieldKind Kind, string? CodeMapping);

    /// <summary>A generated record: the form itself, or a group nested in it.</summary>
    /// <param name="Name">The record's name.</param>
    /// <param name="Doc">Its doc comment.</param>
    /// <param name="Properties">One property per field with a value, in definition order.</param>
    /// <param name="NestedTypes">Records for the groups among the fields, in definition order.</param>
    internal sealed record TypeSpec(string Name, DocSpec Doc, EquatableArray<PropertySpec> Properties, EquatableArray<TypeSpec> NestedTypes);
}
