using System.Collections.Generic;
using System.Text;
using FormFactory.Runtime.Submissions;

namespace FormFactory.Rendering.Tests.Support
{
    /// <summary>A complete, valid "Hund anmelden" as the page without JavaScript posts it, spare slots included.</summary>
    public static class HundPost
    {
        public static List<KeyValuePair<string, string>> Fields() => new()
        {
            new("_form", "hundAnmelden"), new("_version", "1.0.0"), new("_tenant", "rossdorf"), new("_language", "de"),
            new("person.anrede", "frau"), new("person.vorname", "Erika"), new("person.familienname", "Mustermann"), new("person.geburtsname", ""),
            new("person.geburtsdatum.day", "12"), new("person.geburtsdatum.month", "8"), new("person.geburtsdatum.year", "1980"),
            new("person.staatsangehoerigkeit", "000"),
            new("anschrift.land", "000"), new("anschrift.strasse", "Erbacher Straße"), new("anschrift.hausnummer", "1"), new("anschrift.adresszusatz", ""),
            new("anschrift.plz", "64380"), new("anschrift.plzAusland", ""), new("anschrift.ort", "Roßdorf"),
            new("kontakt.email", ""), new("kontakt.telefon", ""),
            new("hunde[0].name", "Bello"), new("hunde[0].rasse", "mischling"), new("hunde[0].rasseSonstige", ""),
            new("hunde[0].geburtsdatum.day", "1"), new("hunde[0].geburtsdatum.month", "3"), new("hunde[0].geburtsdatum.year", "2020"),
            new("hunde[0].haltungSeit.day", "15"), new("hunde[0].haltungSeit.month", "5"), new("hunde[0].haltungSeit.year", "2026"),
            new("hunde[0].chipnummer", "276098106543210"), new("hunde[0].gefaehrlich", "true"), new("hunde[0].assistenzhund", "true"),
            // A spare slot left empty: dropped.
            new("hunde[1].name", ""), new("hunde[1].rasse", ""), new("hunde[1].geburtsdatum.day", ""), new("hunde[1].geburtsdatum.month", ""), new("hunde[1].geburtsdatum.year", ""),
            new("anzahlHunde", "2"), new("zuzug", "false"), new("bisherigeGemeinde", ""), new("lastschrift", "true"),
            new("bankverbindung.kontoinhaber", "Erika Mustermann"), new("bankverbindung.iban", "DE89 3704 0044 0532 0130 00"), new("bankverbindung.bic", ""),
            new("sepaMandat", "true"), new("richtigkeit", "true"),
        };

        public static List<UploadedFile> Files() => new()
        {
            new("hunde[0].sachkundenachweis", "nachweis.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4 test")),
            new("hunde[0].nachweisAssistenzhund", "ausweis.png", "image/png", Encoding.ASCII.GetBytes("PNG")),
            new("hunde[1].sachkundenachweis", "", "application/octet-stream", new byte[0]),
        };
    }
}
