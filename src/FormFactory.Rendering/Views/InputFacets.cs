using System.Collections.Generic;

namespace FormFactory.Rendering.Views
{
    /// <summary>How an input of a field type looks: its HTML type, input mode and width.</summary>
    /// <param name="InputType">The <c>type</c> attribute.</param>
    /// <param name="InputMode">The <c>inputmode</c> attribute, or empty.</param>
    /// <param name="NoSpellcheck">True when spell checking gets in the way.</param>
    /// <param name="Width">A width class (<c>ff-width-5</c>), or empty for full width.</param>
    /// <param name="Prefix">Text shown before the input.</param>
    public sealed record InputFacet(string InputType, string InputMode, bool NoSpellcheck, string Width, string Prefix);

    /// <summary>
    /// The rendering facet of each field type, by the registry's type name. Together with the partial
    /// <c>templates/fields/&lt;name&gt;.html</c> it is all a new field type needs on the HTML side (a test checks that
    /// every registered type has both).
    /// </summary>
    public static class InputFacets
    {
        private static readonly InputFacet Plain = new("text", "", false, "", "");

        private static readonly Dictionary<string, InputFacet> ByType = new()
        {
            ["text"] = Plain,
            ["textarea"] = Plain,
            ["integer"] = new("text", "numeric", true, "ff-width-10", ""),
            ["decimal"] = new("text", "decimal", true, "ff-width-10", ""),
            ["money"] = new("text", "decimal", true, "ff-width-10", "€"),
            ["date"] = new("text", "numeric", true, "", ""),
            ["boolean"] = Plain,
            ["choice"] = Plain,
            ["multiChoice"] = Plain,
            ["email"] = new("email", "", true, "", ""),
            ["phone"] = new("tel", "", true, "ff-width-20", ""),
            ["postcode"] = new("text", "numeric", true, "ff-width-5", ""),
            ["iban"] = new("text", "", true, "ff-width-30", ""),
            ["file"] = new("file", "", false, "", ""),
            ["group"] = Plain,
            ["info"] = Plain,
        };

        /// <summary>The facet of the type called <paramref name="typeName"/>; plain text for unknown types.</summary>
        public static InputFacet For(string typeName) => ByType.TryGetValue(typeName, out var f) ? f : Plain;

        /// <summary>True when the type has its own entry.</summary>
        public static bool Has(string typeName) => ByType.ContainsKey(typeName);
    }
}
