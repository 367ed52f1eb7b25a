using System.Globalization;
using System.Net;
using FormFactory.Intake.Storage;

namespace FormFactory.Intake.Web
{
    /// <summary>
    /// The intake's own HTML pages, for the form without JavaScript: the confirmation (post/redirect/get target of
    /// the status URL) and short pages for refusals. Everything inserted is HTML-encoded; no script, no inline style.
    /// </summary>
    public static class IntakePages
    {
        /// <summary>The Content-Security-Policy of these pages: their stylesheet from this host, nothing else.</summary>
        public const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

        /// <summary>The confirmation of a received submission, with its reference number and state.</summary>
        public static string Confirmation(SubmissionStatus status, string? stylesheet)
        {
            bool en = status.Language == "en";
            string received = status.ReceivedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            string body =
                $"<div class=\"kern-alert kern-alert--success\" role=\"status\"><div class=\"kern-alert__body\">" +
                $"<p>{(en ? "Your reference number" : "Ihre Vorgangsnummer")}: <strong id=\"reference\" data-ff-reference>{E(status.Reference)}</strong></p></div></div>" +
                $"<p>{(en ? "Please note it down: it identifies your application in every enquiry." : "Bitte notieren Sie sie: Sie nennt Ihren Antrag bei jeder Nachfrage.")}</p>" +
                $"<dl class=\"ff-status\"><dt>{(en ? "Status" : "Stand")}</dt><dd data-ff-state>{E(StateText(status.State, en))}</dd>" +
                $"<dt>{(en ? "Received" : "Eingegangen")}</dt><dd>{E(received)}</dd></dl>" +
                $"<p>{(en ? "You can bookmark this page to check the status later." : "Sie können diese Seite als Lesezeichen speichern, um den Stand später nachzusehen.")}</p>";
            return Page(en ? "en" : "de", en ? "Application received" : "Antrag eingegangen", body, stylesheet);
        }

        /// <summary>The start page of a host that serves the packages: a link to every tenant's portal.</summary>
        public static string Index(System.Collections.Generic.IEnumerable<(string Id, string Name)> tenants)
        {
            var list = new System.Text.StringBuilder("<ul>");
            foreach (var (id, name) in tenants) list.Append("<li><a href=\"/").Append(E(id)).Append("/\">").Append(E(name)).Append("</a></li>");
            return Page("de", "Online-Dienste", list.Append("</ul>").ToString(), null);
        }

        /// <summary>A refusal page for the form without JavaScript: what went wrong and what to do.</summary>
        public static string Problem(int status, string language)
        {
            bool en = language == "en";
            (string title, string text) = status switch
            {
                404 => en ? ("Form not found", "This municipality does not offer this form (any more). Please start again from the municipality's portal.")
                          : ("Formular nicht gefunden", "Diese Kommune bietet dieses Formular nicht (mehr) an. Bitte beginnen Sie erneut über das Portal der Kommune."),
                413 => en ? ("Too large", "What you sent is larger than this form allows. Please choose smaller files.")
                          : ("Zu groß", "Ihre Sendung ist größer, als dieses Formular erlaubt. Bitte wählen Sie kleinere Dateien."),
                429 => en ? ("Too many requests", "Please wait a minute and send the form again.")
                          : ("Zu viele Anfragen", "Bitte warten Sie eine Minute und senden Sie das Formular erneut."),
                _ => en ? ("Could not be read", "What the browser sent could not be read. Please go back and send the form again.")
                        : ("Nicht lesbar", "Die Sendung Ihres Browsers war nicht lesbar. Bitte gehen Sie zurück und senden Sie das Formular erneut."),
            };
            return Page(en ? "en" : "de", title, "<p>" + E(text) + "</p>", null);
        }

        private static string StateText(string state, bool en) => state switch
        {
            "received" => en ? "received" : "eingegangen",
            "delivered" => en ? "passed on to the office" : "an die Behörde übermittelt",
            "accepted" => en ? "accepted by the office" : "von der Behörde angenommen",
            "rejected" => en ? "rejected by the office" : "von der Behörde abgelehnt",
            _ => state,
        };

        private static string Page(string lang, string title, string body, string? stylesheet) =>
            "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            "<title>" + E(title) + "</title>\n" + (stylesheet == null ? "" : "<link rel=\"stylesheet\" href=\"" + E(stylesheet) + "\">\n") +
            "</head>\n<body>\n<main class=\"ff-main\" id=\"inhalt\">\n<h1 class=\"ff-title\">" + E(title) + "</h1>\n" + body + "\n</main>\n</body>\n</html>\n";

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
