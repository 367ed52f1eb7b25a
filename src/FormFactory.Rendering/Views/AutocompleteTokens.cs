using System.Collections.Generic;
using FormFactory.Definitions.Model;

namespace FormFactory.Rendering.Views
{
    /// <summary>
    /// HTML autocomplete tokens for personal data (WCAG 1.3.5). A field's explicit <c>autocomplete</c> wins. Otherwise
    /// the token follows from its <c>prefill</c> key, since those are the citizen's own account data; fields inside
    /// repeated groups (children, dogs, further persons) get none, because they are not about the citizen.
    /// </summary>
    public static class AutocompleteTokens
    {
        private static readonly Dictionary<string, string> ByPrefill = new()
        {
            ["person.vorname"] = "given-name",
            ["person.familienname"] = "family-name",
            ["person.geburtsname"] = "additional-name",
            ["person.geburtsdatum"] = "bday",
            ["anschrift.strasse"] = "address-line1",
            ["anschrift.adresszusatz"] = "address-line2",
            ["anschrift.plz"] = "postal-code",
            ["anschrift.ort"] = "address-level2",
            ["anschrift.land"] = "country",
            ["kontakt.email"] = "email",
            ["kontakt.telefon"] = "tel",
            ["kontakt.mobiltelefon"] = "mobile tel",
        };

        /// <summary>The token for <paramref name="field"/>, or empty.</summary>
        public static string For(FieldModel field, bool insideRepeat)
        {
            if (!string.IsNullOrEmpty(field.Autocomplete)) return field.Autocomplete!;
            if (insideRepeat || field.Prefill == null) return "";
            return ByPrefill.TryGetValue(field.Prefill, out var token) ? token : "";
        }
    }
}
