using System;
using System.Globalization;

namespace FormFactory.Runtime
{
    /// <summary>
    /// The default error texts in German and English, phrased as GOV.UK and KERN advise: say what is wrong and
    /// how to fix it, name the field, no jargon. A definition's <c>messages</c> replace them per check. The reference
    /// validator and generated validators both take their texts from here.
    /// </summary>
    public static class DefaultMessages
    {
        /// <summary>The message for failing <paramref name="code"/>, in <paramref name="language"/> (<c>de</c> or <c>en</c>).</summary>
        /// <param name="code">The check code (<c>required</c>, <c>min</c>, …).</param>
        /// <param name="fieldType">The field's type as definitions name it (<c>text</c>, <c>date</c>, <c>multiChoice</c>, …).</param>
        /// <param name="display">The field's <c>as</c> (<c>checkbox</c>, …), if any.</param>
        /// <param name="label">The field's label in <paramref name="language"/>.</param>
        /// <param name="limit">The bound the value missed, if the check has one (number, date, text).</param>
        /// <param name="language">The language of the message.</param>
        public static string For(string code, string fieldType, string? display, string label, object? limit, string language)
        {
            bool en = language == "en";
            string l = en ? $"“{label}”" : $"„{label}“";
            string n = Format(limit, en);
            switch (code)
            {
                case "required":
                    switch (fieldType)
                    {
                        case "choice" when display != "checkbox":
                        case "multiChoice" when display != "checkbox":
                        case "boolean" when display != "checkbox":
                            return en ? $"Select an answer for {l}." : $"Wählen Sie bei {l} eine Antwort aus.";
                        case "boolean": return en ? $"Confirm {l}." : $"Bestätigen Sie {l}.";
                        case "file": return en ? $"Upload a file for {l}." : $"Laden Sie eine Datei für {l} hoch.";
                        default: return en ? $"Enter {l}." : $"Geben Sie {l} an.";
                    }
                case "minLength": return en ? $"{l} must be {n} characters or more." : $"{l} muss mindestens {n} Zeichen lang sein.";
                case "maxLength": return en ? $"{l} must be {n} characters or fewer." : $"{l} darf höchstens {n} Zeichen lang sein.";
                case "pattern": return en ? $"Enter {l} in the format shown." : $"Geben Sie {l} im angegebenen Format an.";
                case "min":
                    return fieldType == "date"
                        ? (en ? $"{l} must be on or after {n}." : $"{l} darf nicht vor dem {n} liegen.")
                        : (en ? $"{l} must be {n} or more." : $"{l} muss mindestens {n} betragen.");
                case "max":
                    return fieldType == "date"
                        ? (en ? $"{l} must be on or before {n}." : $"{l} darf nicht nach dem {n} liegen.")
                        : (en ? $"{l} must be {n} or less." : $"{l} darf höchstens {n} betragen.");
                case "scale": return en ? $"{l} can have at most {n} digits after the decimal point." : $"{l} darf höchstens {n} Nachkommastellen haben.";
                case "codeList": return en ? $"Select one of the options offered for {l}." : $"Wählen Sie bei {l} eine der angebotenen Möglichkeiten.";
                case "minItems": return en ? $"Select at least {n} options for {l}." : $"Wählen Sie bei {l} mindestens {n} Möglichkeiten aus.";
                case "maxItems": return en ? $"Select at most {n} options for {l}." : $"Wählen Sie bei {l} höchstens {n} Möglichkeiten aus.";
                case "accept": return en ? $"The file for {l} must be of type {n}." : $"Die Datei für {l} muss vom Typ {n} sein.";
                case "maxSize": return en ? $"The file for {l} must be {n} KB or smaller." : $"Die Datei für {l} darf höchstens {n} KB groß sein.";
                case "iban": return en ? $"Enter a valid IBAN for {l}, for example DE89 3704 0044 0532 0130 00." : $"Geben Sie bei {l} eine gültige IBAN an, zum Beispiel DE89 3704 0044 0532 0130 00.";
                case "repeatMin": return en ? $"Add at least {n} entries for {l}." : $"Fügen Sie bei {l} mindestens {n} Einträge hinzu.";
                case "repeatMax": return en ? $"Add at most {n} entries for {l}." : $"Fügen Sie bei {l} höchstens {n} Einträge hinzu.";
                default:
                    switch (fieldType)
                    {
                        case "email": return en ? $"Enter an email address for {l} in the correct format, like name@example.com." : $"Geben Sie bei {l} eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de.";
                        case "phone": return en ? $"Enter a telephone number for {l}, like 06151 123456 or +49 6151 123456." : $"Geben Sie bei {l} eine Telefonnummer an, zum Beispiel 06151 123456 oder +49 6151 123456.";
                        case "postcode": return en ? $"Enter a postcode of five digits for {l}." : $"Geben Sie bei {l} eine Postleitzahl aus fünf Ziffern an.";
                        case "date": return en ? $"{l} must be a real date." : $"{l} muss ein gültiges Datum sein.";
                        case "integer": return en ? $"{l} must be a whole number." : $"{l} muss eine ganze Zahl sein.";
                        case "decimal":
                        case "money":
                            return en ? $"{l} must be a number." : $"{l} muss eine Zahl sein.";
                        default: return en ? $"The answer for {l} is not in the expected format." : $"Die Angabe bei {l} hat nicht das erwartete Format.";
                    }
            }
        }

        private static string Format(object? limit, bool en) => limit switch
        {
            null => "",
            DateTime d => d.ToString(en ? "d MMMM yyyy" : "dd.MM.yyyy", CultureInfo.InvariantCulture),
            string s when DateLiterals.TryParse(s, out var date) => date.ToString(en ? "d MMMM yyyy" : "dd.MM.yyyy", CultureInfo.InvariantCulture),
            decimal m => en ? m.ToString(CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture).Replace('.', ','),
            string s when !en && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => s.Replace('.', ','),
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => limit.ToString() ?? "",
        };
    }
}
