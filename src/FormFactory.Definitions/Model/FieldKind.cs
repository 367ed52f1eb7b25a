namespace FormFactory.Definitions.Model
{
    /// <summary>The field types of the definition format.</summary>
    public enum FieldKind
    {
        /// <summary><c>text</c></summary>
        Text,
        /// <summary><c>textarea</c></summary>
        Textarea,
        /// <summary><c>integer</c></summary>
        Integer,
        /// <summary><c>decimal</c></summary>
        Decimal,
        /// <summary><c>money</c></summary>
        Money,
        /// <summary><c>date</c></summary>
        Date,
        /// <summary><c>boolean</c></summary>
        Boolean,
        /// <summary><c>choice</c></summary>
        Choice,
        /// <summary><c>multiChoice</c></summary>
        MultiChoice,
        /// <summary><c>email</c></summary>
        Email,
        /// <summary><c>phone</c></summary>
        Phone,
        /// <summary><c>postcode</c></summary>
        Postcode,
        /// <summary><c>iban</c></summary>
        Iban,
        /// <summary><c>file</c></summary>
        File,
        /// <summary><c>group</c>, and block inclusions</summary>
        Group,
        /// <summary><c>info</c></summary>
        Info,
    }
}
