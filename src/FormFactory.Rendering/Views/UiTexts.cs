using System.Collections.Generic;

namespace FormFactory.Rendering.Views
{
    /// <summary>
    /// The texts of the form's own interface (buttons, headings, progress), in German and English. Templates see them
    /// as <c>ui.key</c>; the form script gets the same texts, so both speak with one voice.
    /// </summary>
    public static class UiTexts
    {
        private static readonly Dictionary<string, (string De, string En)> Texts = new()
        {
            ["skip_link"] = ("Zum Inhalt springen", "Skip to main content"),
            ["optional"] = ("(optional)", "(optional)"),
            ["error_summary_title"] = ("Es gibt ein Problem", "There is a problem"),
            ["error_prefix"] = ("Fehler:", "Error:"),
            ["yes"] = ("Ja", "Yes"),
            ["no"] = ("Nein", "No"),
            ["day"] = ("Tag", "Day"),
            ["month"] = ("Monat", "Month"),
            ["year"] = ("Jahr", "Year"),
            ["select_placeholder"] = ("Bitte auswählen", "Please select"),
            ["step_of"] = ("Schritt {0} von {1}", "Step {0} of {1}"),
            ["next"] = ("Weiter", "Continue"),
            ["back"] = ("Zurück", "Back"),
            ["submit"] = ("Antrag absenden", "Send application"),
            ["check_title"] = ("Prüfen Sie Ihre Angaben", "Check your answers before sending your application"),
            ["check_change"] = ("Ändern", "Change"),
            ["check_not_given"] = ("Keine Angabe", "Not provided"),
            ["check_continue"] = ("Weiter zum Absenden", "Continue to send"),
            ["sending"] = ("Ihr Antrag wird gesendet …", "Sending your application …"),
            ["send_failed"] = ("Der Antrag konnte nicht gesendet werden. Bitte versuchen Sie es später noch einmal.", "Your application could not be sent. Please try again later."),
            ["confirmation_title"] = ("Antrag gesendet", "Application sent"),
            ["confirmation_reference"] = ("Ihr Aktenzeichen", "Your reference number"),
            ["confirmation_next"] = ("Bewahren Sie das Aktenzeichen auf. Sie erhalten eine Eingangsbestätigung.", "Keep this reference number. You will receive a confirmation of receipt."),
            ["add_another"] = ("{0} hinzufügen", "Add another {0}"),
            ["remove"] = ("Entfernen", "Remove"),
            ["entry"] = ("Eintrag", "entry"),
            ["file_selected"] = ("Ausgewählte Datei", "Selected file"),
            ["no_endpoint"] = ("Dieses Formular kann noch nicht online abgesendet werden. Bitte wenden Sie sich an die unten genannte Stelle.", "This form cannot be sent online yet. Please contact the office named below."),
            ["contact"] = ("Kontakt", "Contact"),
            ["fees"] = ("Gebühren", "Fees"),
            ["legal_basis"] = ("Rechtsgrundlagen", "Legal basis"),
            ["portal"] = ("Alle Online-Dienste", "All online services"),
            ["portal_title"] = ("Online-Dienste", "Online services"),
            ["portal_search"] = ("Dienst suchen", "Search for a service"),
            ["portal_search_hint"] = ("Zum Beispiel Hund, Parken oder Umzug", "For example dog, parking or moving"),
            ["portal_no_results"] = ("Kein Dienst passt zu Ihrer Suche.", "No service matches your search."),
            ["portal_other"] = ("Weitere Dienste", "Other services"),
            ["language"] = ("Sprache", "Language"),
            ["noscript"] = ("Ohne JavaScript sehen Sie alle Schritte auf einer Seite. Füllen Sie die Felder aus und senden Sie den Antrag unten ab.", "Without JavaScript you see all steps on one page. Fill in the fields and send the application at the bottom."),
            ["in_euro"] = ("in Euro", "in euros"),
            ["files_again"] = ("Wählen Sie Dateien bitte erneut aus.", "Please select files again."),
        };

        /// <summary>The text <paramref name="key"/> in <paramref name="language"/> (German for any language but English).</summary>
        public static string Get(string key, string language) => language == "en" ? Texts[key].En : Texts[key].De;

        /// <summary>Every text in <paramref name="language"/>, by key.</summary>
        public static IReadOnlyDictionary<string, string> All(string language)
        {
            var result = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var (key, value) in Texts) result[key] = language == "en" ? value.En : value.De;
            return result;
        }
    }
}
