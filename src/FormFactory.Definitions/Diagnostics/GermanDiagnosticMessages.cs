using System.Collections.Generic;
using static FormFactory.Definitions.Diagnostics.DiagnosticDescriptors;

namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>
    /// The German message of every descriptor, keyed by the descriptor; the English one is the descriptor's own
    /// <see cref="DiagnosticDescriptor.MessageFormat"/>. Each text has the same placeholders as the English one
    /// (a test checks both). Values passed into placeholders stay as the code that reports them wrote them, except
    /// <see cref="MessagePart"/>s, which carry both languages.
    /// </summary>
    internal static class GermanDiagnosticMessages
    {
        public static readonly IReadOnlyDictionary<DiagnosticDescriptor, string> Table = new Dictionary<DiagnosticDescriptor, string>
        {
            // FF00xx: files and JSON
            [InvalidJson] = "Ungültiges JSON: {0}.",
            [DuplicateProperty] = "Die Eigenschaft '{0}' kommt in diesem Objekt mehrfach vor; behalten Sie eine.",
            [SchemaViolation] = "Entspricht nicht {0}: {1}.",
            [UnknownFileKind] = "'{0}' ist keine Definitionsdatei (erwartet: *.form.json, *.block.json, *.codelist.json, *.tenant.json oder factory.json); sie wird übergangen.",
            [FileNameMismatch] = "Die id '{0}' weicht vom Dateinamen '{1}' ab; nennen Sie die Datei '{0}{2}', damit sie gefunden wird.",
            [FileUnreadable] = "Die Datei kann nicht gelesen werden: {0}.",
            [NotARegularFile] = "Die Datei wird nicht gelesen: {0}.",
            [LinkOutOfFolder] = "Die Datei wird nicht gelesen: {0}; kopieren Sie die Datei stattdessen in den Ordner.",

            // FF01xx: structure
            // {1} and {0} name the object without article ("Feld 'name'", "Leistung"), so one form serves every case.
            [UnknownProperty] = "{1}: unbekannte Eigenschaft '{0}'{2}.",
            [MissingProperty] = "{0}: die Eigenschaft '{1}' fehlt.",
            [WrongValueType] = "'{0}' muss {1} sein, nicht {2}.",
            [InvalidId] = "'{0}' ist keine gültige id: verwenden Sie camelCase aus Buchstaben und Ziffern, beginnend mit einem Kleinbuchstaben (z. B. 'hundAnmelden').",
            [DuplicateId] = "Die id '{0}' wird bereits {1} verwendet; ids müssen eindeutig sein.",
            [UnknownFieldType] = "Unbekannter Feldtyp '{0}'{1}; verwenden Sie einen von: {2}.",
            [PropertyNotForType] = "'{0}' gilt nicht für ein Feld vom Typ '{1}'.",
            [InvalidText] = "{0}.",
            [InvalidValue] = "'{0}' {1}.",
            [TypeOrBlock] = "Ein Feld hat entweder 'type' oder 'block', {0}.",
            [IdReservedByLayout] = "Die id '{0}' ist reserviert: ein Build schreibt einen Ordner dieses Namens neben die Pakete in den Ordner jedes Mandanten; wählen Sie eine andere id für {1}.",
            [IdsDifferOnlyInCase] = "Die id '{0}' unterscheidet sich nur in der Groß- und Kleinschreibung von {2} '{1}' (in {3}); unter Windows und macOS wären beide eine Datei oder ein Ordner. Benennen Sie eine um.",
            [UnportableCode] = "Der Code '{0}' enthält {1}; Codes gelangen in Einreichungen, XML-Exporte und generierten Code, die nicht alle Steuerzeichen, einzelne Surrogate oder Nichtzeichen tragen können.",
            [IdWindowsCannotHold] = "Die id '{0}' ist unter Windows ein Gerätename (con, prn, aux, nul, com0-9, lpt0-9) und kann dort keine Datei und keinen Ordner benennen; wählen Sie eine andere id.",

            // FF02xx: references between files
            [UnknownBlock] = "Es gibt keinen Baustein '{0}'{1}.",
            [UnknownCodeList] = "Es gibt keine Codeliste '{0}'{1}.",
            [BlockCycle] = "Der Baustein '{0}' enthält sich selbst: {1}.",
            [UnknownService] = "Es gibt keine Leistung '{0}'{1}.",
            [UnknownTenant] = "Es gibt keinen Mandanten '{0}'{1}; prüfen Sie die Schreibweise oder legen Sie die Mandantendatei an.",

            // FF03xx: field checks
            [InvalidRegex] = "Das Muster ist kein gültiger regulärer Ausdruck: {0}.",
            [NonPortableRegex] = "Das Muster verwendet '{0}', was außerhalb des Musterdialekts liegt (was Browser und .NET gleich lesen und in linearer Zeit prüfen); {1}.",
            [MinGreaterThanMax] = "'{0}' ({1}) ist größer als '{2}' ({3}); kein Wert könnte die Prüfung bestehen.",
            [InvalidRepeat] = "Ungültige Wiederholung: {0}.",
            [DuplicateCode] = "Der Code '{0}' kommt in der Codeliste '{1}' mehrfach vor.",
            [UnreachableCode] = "'{0}' ist kein Code der Liste '{1}', daher ist dieser Vergleich nie wahr; Codes sind: {2}.",
            [RequiredWhenNeverVisible] = "'{0}' kann nie sichtbar sein ({1}), daher greift die Pflicht nie.",
            [EmptyCodeList] = "Die Codeliste '{0}' hat keine Werte; eine Auswahl daraus könnte nie beantwortet werden.",
            [UnknownMessageKey] = "'{0}' ist keine Prüfung eines Felds vom Typ '{1}', daher wird diese Meldung nie angezeigt; Prüfungen sind: {2}.",
            [InvalidDefault] = "Der Vorgabewert {0}.",
            [TooManyFields] = "Die Felder ergeben zusammen mehr als {0}{1}; teilen Sie sie auf eigene Leistungen auf, oder erfragen Sie wiederholte Teile mit einer wiederholten Gruppe statt mit Kopien.",
            [PageTooLarge] = "Die Seite würde {0} Felder {1} darstellen (höchstens {2}; zehn Auswahloptionen zählen als eines): eine wiederholte Gruppe stellt ihren Inhalt einmal je gezeigtem Eintrag dar ('min', oder jeden Platz eines 'max' bis 10, mindestens einen) und einmal als Vorlage, durch jede Verschachtelungsebene; senken Sie 'min' oder 'max', oder nehmen Sie Felder aus verschachtelten wiederholten Gruppen heraus.",
            [CodeListTooLong] = "Die Codeliste '{0}' hat {1} Werte, mehr als die {2}, die ein Formular anbieten kann; nur die ersten {2} werden gelesen. Teilen Sie die Liste, oder erfragen Sie den Wert als Text.",
            [PatternTooLarge] = "Das Muster braucht mehr als {0} Schritte je Zeichen (gezählte Wiederholungen wie {{500}} zählen je Wiederholung); kürzen Sie es, oder begrenzen Sie die Länge mit maxLength.",
            [VisibilityChainTooLong] = "Ob '{0}' sichtbar ist, hängt von einer Kette der Sichtbarkeit von {1} Feldern ab, mehr als die {2}, die ein Formular haben darf ({3}); lassen Sie Bedingungen Felder lesen, die immer angezeigt werden.",

            // FF04xx: expressions
            [ExpressionSyntax] = "Syntaxfehler im Ausdruck: {0}.",
            [UnknownFieldInExpression] = "Hier gibt es kein Feld '{0}'{1}.",
            [TypeMismatch] = "Typen passen nicht: {0}.",
            [UnknownFunction] = "Unbekannte Funktion '{0}'{1}; verfügbar: today, age, len, isEmpty, contains, count, sum, date.",
            [ArgumentCount] = "'{0}' nimmt {1}, nicht {2}.",
            [ItemOutsideRepeat] = "'item' bezeichnet den aktuellen Eintrag einer wiederholten Gruppe und kann nur darin verwendet werden (oder im zweiten Argument von sum).",
            [VisibilityCycle] = "Ob '{0}' sichtbar ist, hängt von sich selbst ab: {1}.",
            [InvalidDateLiteral] = "'{0}' ist kein Datum der Form JJJJ-MM-TT.",
            [WrongExpressionType] = "'{0}' muss {1} sein, dieser Ausdruck ist aber {2}.",
            [RepeatedFieldOutsideItem] = "'{0}' liegt in der wiederholten Gruppe '{1}', die viele Einträge hat; verwenden Sie count({1}) oder sum({1}, item.…), oder verschieben Sie den Ausdruck in die Gruppe und schreiben Sie item.….",

            // FF05xx: vocabularies and factory metadata
            [UnknownStatus] = "Unbekannter Status '{0}'; verwenden Sie einen von: zurueckgestellt, in-planung, offen, in-bearbeitung, abgeschlossen.",
            [UnknownPriority] = "Unbekannte Priorität '{0}'; verwenden Sie eine von: sehr-hoch, hoch, normal, niedrig.",
            [UnknownMunicipalityType] = "Unbekannter Gebietskörperschaftstyp '{0}'; verwenden Sie einen von: bund, land, kreis, kreisfreie-stadt, kreisangehoerige-stadt, gemeinde.",
            [InvalidMaturity] = "Der Reifegrad {0} liegt außerhalb der Stufen 0–{1} des Reifegradmodells {2}.",
            [HistoryOutOfOrder] = "Diese Statusänderung ({0}) ist früher datiert als die vorige ({1}); führen Sie Änderungen mit der ältesten zuerst auf.",
            [UnknownOption] = "Unbekannter Wert für {0}: '{1}'; verwenden Sie einen von: {2}.",
            [StatusDisagreesWithHistory] = "Der Status ist '{0}', der letzte Eintrag der Historie sagt aber '{1}'; ergänzen Sie den fehlenden Eintrag.",
            [LanguageWithoutPages] = "'{0}' ist aufgeführt, Seiten gibt es aber nur in {1} (Schaltflächen, Hinweise und Fehlertexte der Formulare); es werden keine Seiten in '{0}' gebaut.",
            [InvalidRetention] = "retentionDays muss eine ganze Zahl von Tagen von 1 bis 3650 (zehn Jahre) sein, nicht {0}.",

            // FF06xx: code generation (the Roslyn generator reports in English; see DiagnosticMessages)
            [InvalidRootNamespace] = "'{0}' ist kein gültiger C#-Namensraum; der erzeugte Code verwendet stattdessen '{1}'. Setzen Sie FormFactoryRootNamespace auf einen Namen mit Punkten wie 'MyApp.Forms'.",
            [GeneratorFailure] = "Der FormFactory-Generator ist gescheitert beim {0}: {1}. Das ist ein Fehler in FormFactory, nicht in der Definition; bitte melden Sie ihn mit den Definitionsdateien.",
            [MissingModelType] = "Der erzeugte Code braucht '{0}', das dieses Projekt nicht hat; {1}.",

            // FF07xx: FIM import
            [InvalidXml] = "Die Datei ist kein wohlgeformtes XML: {0}.",
            [XmlDtdRefused] = "Die Datei enthält eine Dokumenttyp-Deklaration (<!DOCTYPE …>); sie wird abgelehnt, weil ihre Entitäten grenzenlos wachsen oder andere Dateien lesen könnten. Exportieren Sie die Datei erneut ohne sie.",
            [UnsupportedXdfVersion] = "{0} wird nicht unterstützt; FormFactory importiert XDatenfelder 2 und 3: exportieren Sie das Schema erneut in einer dieser Versionen aus dem FIM-Repository oder Ihrem FIM-Editor.",
            [NotAnImportableMessage] = "{0}; FormFactory importiert Nachrichten XDatenfelder Stammdatenschema (xdatenfelder.stammdatenschema.0102) und Datenfeldgruppe (xdatenfelder.datenfeldgruppe.0103) sowie Codelisten im Format genericode 1.0.",
            [IncompleteXdfMessage] = "Die Nachricht kann nicht importiert werden: {0}.",
            [InvalidGenericode] = "Die Codeliste kann nicht importiert werden: {0}.",
            [DuplicateFimInput] = "{0} wurde bereits aus '{1}' importiert; diese Datei wird übergangen.",
            [XmlNestedTooDeeply] = "Die Elemente sind hier mehr als {0} Ebenen tief verschachtelt; die Datei wird abgelehnt, ohne weiterzulesen (echte FIM-Schemata verschachteln weniger als 30 Ebenen).",
        };
    }
}
