using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Validation;
using FormFactory.Runtime;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary>Shared behaviour of the string-valued types.</summary>
    public abstract class StringFieldType : FieldType
    {
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.Text;

        /// <inheritdoc />
        public override string? ModelType => "string";

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            if (json.ValueKind == JsonValueKind.Null) return true;
            if (!TryGetString(json, out var s) || !TextCharacters.AreAllowed(s, Multiline)) return false;
            value = s.Length == 0 ? null : Normalize(s);
            return true;
        }

        /// <summary>True when the value may hold tabs and line breaks (<see cref="TextCharacters"/>).</summary>
        protected virtual bool Multiline => false;

        /// <summary>Brings a non-empty value into its canonical form (IBAN: no spaces, upper case).</summary>
        protected virtual string Normalize(string value) => value;
    }

    /// <summary>Free text with length and pattern checks (<c>text</c>, <c>textarea</c>).</summary>
    public abstract class LengthCheckedFieldType : StringFieldType
    {
        private static readonly string[] TextProperties = { "minLength", "maxLength", "pattern" };
        private static readonly string[] TextChecks = { "minLength", "maxLength", "pattern" };

        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => TextProperties;

        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => TextChecks;

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context)
        {
            var min = reader.Integer("minLength");
            var max = reader.Integer("maxLength");
            if (min != null && max != null && min > max)
                reader.Diagnostics.Report(Diagnostics.DiagnosticDescriptors.MinGreaterThanMax, reader.Syntax.Find("minLength")!.Value.Location, "minLength", min, "maxLength", max);
            var pattern = reader.NonEmptyStringSyntax("pattern");
            string? checkedPattern = pattern != null && Validation.Patterns.Check(pattern, reader.Diagnostics) ? pattern.Value : null;
            draft.Model = draft.Model with { MinLength = (int?)min, MaxLength = (int?)max, Pattern = checkedPattern };
        }

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            string s = (string)value;
            int length = TextLength.CodePoints(s);
            if (field.MinLength is int min && length < min) checks.Fail("minLength", min);
            if (field.MaxLength is int max && length > max) checks.Fail("maxLength", max);
            if (field.Pattern != null && !Runtime.Patterns.Matches(field.Pattern, s)) checks.Fail("pattern");
        }
    }

    /// <summary><c>text</c>: a one-line input.</summary>
    public sealed class TextFieldType : LengthCheckedFieldType
    {
        /// <inheritdoc />
        public override string Name => "text";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Text;
    }

    /// <summary><c>textarea</c>: multi-line text.</summary>
    public sealed class TextareaFieldType : LengthCheckedFieldType
    {
        /// <inheritdoc />
        public override string Name => "textarea";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Textarea;
        /// <inheritdoc />
        protected override bool Multiline => true;
    }

    /// <summary>A string type with one built-in format check.</summary>
    public abstract class FormattedFieldType : StringFieldType
    {
        private readonly string _check;
        private readonly string[] _checks;

        /// <summary>Creates a type whose format failure has code <paramref name="check"/>.</summary>
        protected FormattedFieldType(string check)
        {
            _check = check;
            _checks = new[] { check };
        }

        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => _checks;

        /// <summary>True when the (normalised) value has the format.</summary>
        protected abstract bool IsValid(string value);

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            if (!IsValid((string)value)) checks.Fail(_check);
        }
    }

    /// <summary><c>email</c>.</summary>
    public sealed class EmailFieldType : FormattedFieldType
    {
        /// <summary>Creates the type.</summary>
        public EmailFieldType() : base("format") { }
        /// <inheritdoc />
        public override string Name => "email";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Email;
        /// <inheritdoc />
        protected override bool IsValid(string value) => FormatChecks.IsEmail(value);
    }

    /// <summary><c>phone</c>.</summary>
    public sealed class PhoneFieldType : FormattedFieldType
    {
        /// <summary>Creates the type.</summary>
        public PhoneFieldType() : base("format") { }
        /// <inheritdoc />
        public override string Name => "phone";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Phone;
        /// <inheritdoc />
        protected override bool IsValid(string value) => FormatChecks.IsPhone(value);
    }

    /// <summary><c>postcode</c>: a German postcode.</summary>
    public sealed class PostcodeFieldType : FormattedFieldType
    {
        /// <summary>Creates the type.</summary>
        public PostcodeFieldType() : base("format") { }
        /// <inheritdoc />
        public override string Name => "postcode";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Postcode;
        /// <inheritdoc />
        protected override bool IsValid(string value) => FormatChecks.IsPostcode(value);
    }

    /// <summary><c>iban</c>: normalised to upper case without spaces, then checked with mod 97.</summary>
    public sealed class IbanFieldType : FormattedFieldType
    {
        /// <summary>Creates the type.</summary>
        public IbanFieldType() : base("iban") { }
        /// <inheritdoc />
        public override string Name => "iban";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Iban;
        /// <inheritdoc />
        protected override string Normalize(string value) => FormatChecks.NormalizeIban(value);
        /// <inheritdoc />
        protected override bool IsValid(string value) => FormatChecks.IsIban(value);
    }
}
