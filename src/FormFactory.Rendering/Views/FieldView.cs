using System.Collections.Generic;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;

namespace FormFactory.Rendering.Views
{
    /// <summary>
    /// What a field partial (<c>templates/fields/&lt;type&gt;.html</c>) sees as <c>field</c>. Every text is a
    /// <see cref="Text"/> or a plain string, so the template context encodes it; nothing here is markup.
    /// </summary>
    public sealed record FieldView
    {
        /// <summary>The field type's name (<c>text</c>, <c>choice</c>, …), also the partial's file name.</summary>
        public string Template { get; init; } = "";
        /// <summary>The HTML id of the field's (first) input; error summary links point here.</summary>
        public string Id { get; init; } = "";
        /// <summary>The form control name: the concrete path (<c>anschrift.plz</c>, <c>hunde[0].name</c>).</summary>
        public string Name { get; init; } = "";
        /// <summary>The model path with <c>[]</c> after repeated groups (<c>hunde[].name</c>): the key of the field's logic in the form script.</summary>
        public string ModelPath { get; init; } = "";
        /// <summary>The label (groups: the legend).</summary>
        public Text? Label { get; init; }
        /// <summary>Help shown under the label.</summary>
        public Text? Hint { get; init; }
        /// <summary>The text of an info field.</summary>
        public Text? Body { get; init; }
        /// <summary>True when the field is never required: the label says "(optional)".</summary>
        public bool Optional { get; init; }
        /// <summary>True when the field has a <c>visibleWhen</c> (revealed by the script, always shown without it).</summary>
        public bool Conditional { get; init; }
        /// <summary>The error shown at the field, if any.</summary>
        public Text? Error { get; init; }
        /// <summary>The id of the hint element.</summary>
        public string HintId => Id + "--hint";
        /// <summary>The id of the error element.</summary>
        public string ErrorId => Id + "--error";
        /// <summary>The ids for <c>aria-describedby</c>: hint and error, space-separated; empty when there is neither.</summary>
        public string DescribedBy { get; init; } = "";
        /// <summary>The current value of a single input.</summary>
        public string Value { get; init; } = "";
        /// <summary>Day, month and year of a date.</summary>
        public string Day { get; init; } = "";
        /// <summary>The month of a date.</summary>
        public string Month { get; init; } = "";
        /// <summary>The year of a date.</summary>
        public string Year { get; init; } = "";
        /// <summary>True when a single checkbox is ticked.</summary>
        public bool Checked { get; init; }
        /// <summary>How it is shown: <c>radios</c>, <c>select</c>, <c>checkbox</c> or <c>input</c>.</summary>
        public string Display { get; init; } = "input";
        /// <summary>The options of a choice, multiChoice or yes/no field.</summary>
        public IReadOnlyList<OptionView> Options { get; init; } = new List<OptionView>();
        /// <summary>The HTML autocomplete token (WCAG 1.3.5), or empty.</summary>
        public string Autocomplete { get; init; } = "";
        /// <summary>Autocomplete tokens of a date's day, month and year inputs.</summary>
        public string AutocompleteDay => Autocomplete == "bday" ? "bday-day" : "";
        /// <summary>The autocomplete token of a date's month input.</summary>
        public string AutocompleteMonth => Autocomplete == "bday" ? "bday-month" : "";
        /// <summary>The autocomplete token of a date's year input.</summary>
        public string AutocompleteYear => Autocomplete == "bday" ? "bday-year" : "";
        /// <summary>The input's <c>type</c> attribute.</summary>
        public string InputType { get; init; } = "text";
        /// <summary>The input's <c>inputmode</c>, or empty.</summary>
        public string InputMode { get; init; } = "";
        /// <summary>True when spell checking should be off (codes, numbers, addresses).</summary>
        public bool NoSpellcheck { get; init; }
        /// <summary>A CSS width class for short inputs, or empty.</summary>
        public string Width { get; init; } = "";
        /// <summary>Text before the input (<c>€</c> for money).</summary>
        public string Prefix { get; init; } = "";
        /// <summary>Accepted media types of a file input, comma-separated.</summary>
        public string Accept { get; init; } = "";
        /// <summary>The fields of a group.</summary>
        public IReadOnlyList<FieldView> Fields { get; init; } = new List<FieldView>();
        /// <summary>True for a repeated group.</summary>
        public bool Repeated { get; init; }
        /// <summary>The entries of a repeated group as rendered (without the script, all slots up to the maximum).</summary>
        public IReadOnlyList<ItemView> Items { get; init; } = new List<ItemView>();
        /// <summary>The entry the script copies for "add another", with placeholders instead of indices.</summary>
        public ItemView? ItemTemplate { get; init; }
        /// <summary>The "add another" button's text.</summary>
        public Text? AddLabel { get; init; }
        /// <summary>Fewest entries.</summary>
        public int RepeatMin { get; init; }
        /// <summary>Most entries, or 0 for no limit.</summary>
        public int RepeatMax { get; init; }
        /// <summary>Nesting depth of repeated groups around this field (0 at the top).</summary>
        public int Depth { get; init; }
    }

    /// <summary>One option of a choice, multiChoice or yes/no field.</summary>
    /// <param name="Id">The HTML id of its radio or checkbox.</param>
    /// <param name="Value">The submitted value (the code, or true/false).</param>
    /// <param name="Label">What citizens see.</param>
    /// <param name="Description">An optional explanation (the option's hint).</param>
    /// <param name="Selected">True when it is chosen.</param>
    public sealed record OptionView(string Id, string Value, Text Label, Text? Description, bool Selected)
    {
        /// <summary>The id of the option's hint.</summary>
        public string HintId => Id + "--hint";
    }

    /// <summary>One entry of a repeated group.</summary>
    /// <param name="Id">The HTML id of its fieldset.</param>
    /// <param name="Index">The index in the submission (or the placeholder in the item template).</param>
    /// <param name="Number">The number citizens see (index + 1; the placeholder in the item template).</param>
    /// <param name="Name">The name of one entry ("Hund"), shown as "Hund 1".</param>
    /// <param name="Fields">Its fields.</param>
    /// <param name="Filled">True when the submission being shown has this entry (the script keeps it).</param>
    public sealed record ItemView(string Id, string Index, string Number, Text Name, IReadOnlyList<FieldView> Fields, bool Filled)
    {
        /// <summary>
        /// For an entry the page shows empty (no value and no error in it): the same entry with markers for its index
        /// and number (<see cref="FormPageBuilder.IndexMarker"/>, <see cref="FormPageBuilder.NumberMarker"/>), whose
        /// markup is this entry's once the markers are replaced. Null for an entry with content.
        /// </summary>
        public ItemView? Like { get; init; }
    }
}
