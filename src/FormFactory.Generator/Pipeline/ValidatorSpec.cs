using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>The German and English text of one error a field can report, or null texts where the message depends on the value (a date bound).</summary>
    /// <param name="Code">The check code.</param>
    /// <param name="De">The German message, if fixed.</param>
    /// <param name="En">The English message, if fixed.</param>
    internal sealed record MessageSpec(string Code, string? De, string? En);

    /// <summary>
    /// One field as the validator checks it: its logic, its checks and its messages, and nothing else (no code list
    /// values, so adding a code regenerates the code list's mapping but not the validators that use it).
    /// </summary>
    internal sealed record ValidatedField
    {
        /// <summary>The field id, also the JSON property name.</summary>
        public string Id { get; init; } = "";

        /// <summary>The model path (<c>hunde[].name</c>).</summary>
        public string Path { get; init; } = "";

        /// <summary>The field type.</summary>
        public FieldKind Kind { get; init; }

        /// <summary>The type's name as definitions write it, for messages built at run time.</summary>
        public string TypeName { get; init; } = "";

        /// <summary>A boolean shown as one checkbox: unticked counts as empty.</summary>
        public bool Checkbox { get; init; }

        /// <summary>Required always (for groups: unless optional).</summary>
        public bool Required { get; init; }

        /// <summary>Required while this is true.</summary>
        public BoundExpression? RequiredWhen { get; init; }

        /// <summary>Shown (and checked and kept) only while this is true.</summary>
        public BoundExpression? VisibleWhen { get; init; }

        /// <summary>Minimum length in code points.</summary>
        public int? MinLength { get; init; }

        /// <summary>Maximum length in code points.</summary>
        public int? MaxLength { get; init; }

        /// <summary>A pattern the whole value must match.</summary>
        public string? Pattern { get; init; }

        /// <summary>Bounds of a number.</summary>
        public decimal? Min { get; init; }

        /// <summary>Bounds of a number.</summary>
        public decimal? Max { get; init; }

        /// <summary>Digits allowed after the point.</summary>
        public int? Scale { get; init; }

        /// <summary>Lower bound of a date.</summary>
        public BoundExpression? MinDate { get; init; }

        /// <summary>Upper bound of a date.</summary>
        public BoundExpression? MaxDate { get; init; }

        /// <summary>The code list's mapping class (in the generated <c>CodeLists</c> namespace).</summary>
        public string? CodeMapping { get; init; }

        /// <summary>Fewest codes of a multiChoice.</summary>
        public int? MinItems { get; init; }

        /// <summary>Most codes of a multiChoice.</summary>
        public int? MaxItems { get; init; }

        /// <summary>Accepted media types of a file.</summary>
        public EquatableArray<string> Accept { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Largest file in KiB.</summary>
        public long? MaxSizeKb { get; init; }

        /// <summary>Entry count bounds of a repeated group.</summary>
        public RepeatBounds? Repeat { get; init; }

        /// <summary>How messages name the field, in German and English.</summary>
        public string LabelDe { get; init; } = "";

        /// <summary>How messages name the field, in German and English.</summary>
        public string LabelEn { get; init; } = "";

        /// <summary>The messages of every check the field can fail.</summary>
        public EquatableArray<MessageSpec> Messages { get; init; } = EquatableArray<MessageSpec>.Empty;

        /// <summary>The fields of a group.</summary>
        public EquatableArray<ValidatedField> Fields { get; init; } = EquatableArray<ValidatedField>.Empty;

        /// <summary>The message for <paramref name="code"/>.</summary>
        public MessageSpec Message(string code)
        {
            foreach (var m in Messages)
                if (m.Code == code) return m;
            return new MessageSpec(code, null, null);
        }
    }

    /// <summary>A cross-field rule as the validator checks it.</summary>
    /// <param name="Id">The rule's id, also its error code.</param>
    /// <param name="Assert">Must be true.</param>
    /// <param name="When">The rule applies only while this is true.</param>
    /// <param name="Reads">The fields the assert reads; the rule is skipped while one is empty.</param>
    /// <param name="Path">Where the error is reported.</param>
    /// <param name="MessageDe">The German message.</param>
    /// <param name="MessageEn">The English message.</param>
    internal sealed record RuleSpec(string Id, BoundExpression Assert, BoundExpression? When, EquatableArray<BoundFieldReference> Reads, string Path,
        string MessageDe, string MessageEn);

    /// <summary>Everything needed to write a service's validator.</summary>
    /// <param name="HintName">The generated file's name.</param>
    /// <param name="Fields">The form's top-level fields (info fields left out).</param>
    /// <param name="Rules">The cross-field rules.</param>
    internal sealed record ValidatorSpec(string HintName, EquatableArray<ValidatedField> Fields, EquatableArray<RuleSpec> Rules);
}
