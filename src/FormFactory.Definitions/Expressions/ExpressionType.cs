namespace FormFactory.Definitions.Expressions
{
    /// <summary>The static type of an expression or a field's value.</summary>
    public enum ExpressionType
    {
        /// <summary>The literal <c>null</c>; fits wherever a value fits.</summary>
        Null,
        /// <summary><c>true</c> / <c>false</c>.</summary>
        Boolean,
        /// <summary>An exact decimal number.</summary>
        Number,
        /// <summary>A string (also the code of a choice).</summary>
        Text,
        /// <summary>A calendar date.</summary>
        Date,
        /// <summary>The codes chosen in a multiChoice field.</summary>
        CodeSet,
        /// <summary>The entries of a repeated group.</summary>
        ItemList,
        /// <summary>A non-repeated group or block inclusion.</summary>
        Group,
        /// <summary>An attachment.</summary>
        File,
        /// <summary>Something already reported as wrong; suppresses follow-up errors.</summary>
        Error,
    }

    /// <summary>Names of types for messages.</summary>
    public static class ExpressionTypeNames
    {
        /// <summary>How a designer would name <paramref name="type"/>.</summary>
        public static string Describe(this ExpressionType type) => type switch
        {
            ExpressionType.Null => "null",
            ExpressionType.Boolean => "a boolean (true/false)",
            ExpressionType.Number => "a number",
            ExpressionType.Text => "a text",
            ExpressionType.Date => "a date",
            ExpressionType.CodeSet => "a list of codes (multiChoice)",
            ExpressionType.ItemList => "a repeated group",
            ExpressionType.Group => "a group",
            ExpressionType.File => "a file",
            _ => "invalid",
        };
    }
}
