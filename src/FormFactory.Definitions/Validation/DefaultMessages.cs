using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;

namespace FormFactory.Definitions.Validation
{
    /// <summary>
    /// The default error texts for a bound field. The texts themselves live in FormFactory.Runtime
    /// (<see cref="Runtime.DefaultMessages"/>), so generated validators say exactly the same.
    /// </summary>
    public static class DefaultMessages
    {
        /// <summary>The message for failing <paramref name="code"/> at <paramref name="field"/>, in <paramref name="language"/>.</summary>
        public static string For(string code, FieldModel field, object? limit, string language) =>
            Runtime.DefaultMessages.For(code, FieldTypeRegistry.Get(field.Kind).Name, field.Display, LabelOf(field, language), limit, language);

        /// <summary>
        /// The German and English message for failing <paramref name="code"/> at <paramref name="field"/>: the
        /// definition's own text for the check if it has one, else the default.
        /// </summary>
        public static (string De, string En) Resolve(string code, FieldModel field, object? limit)
        {
            var custom = field.MessageFor(code);
            return (custom?.De ?? For(code, field, limit, "de"), custom?.Get("en") ?? For(code, field, limit, "en"));
        }

        /// <summary>How messages name <paramref name="field"/> in <paramref name="language"/>: its label, an entry's label, or its id.</summary>
        public static string LabelOf(FieldModel field, string language) => (field.Label ?? field.ItemLabel)?.Get(language) ?? field.Id;
    }
}
