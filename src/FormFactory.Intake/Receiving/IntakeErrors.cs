using FormFactory.Runtime;

namespace FormFactory.Intake.Receiving
{
    /// <summary>
    /// The errors the intake adds to the validator's, in the same shape (path, check code, German and English
    /// message), so the page shows them like any other.
    /// </summary>
    public static class IntakeErrors
    {
        /// <summary>The post was made from another version of the definition than the one the intake holds.</summary>
        public static ValidationError VersionChanged(string posted, string current) => new("", "version",
            $"Dieses Formular wurde inzwischen geändert (Fassung {current} statt {posted}). Bitte laden Sie die Seite neu und senden Sie Ihre Angaben erneut.",
            $"This form has changed in the meantime (version {current} instead of {posted}). Please reload the page and send your answers again.");

        /// <summary>A file the data names did not come with the post.</summary>
        public static ValidationError AttachmentMissing(string path) => new(path, "attachmentMissing",
            "Die Datei ist nicht angekommen. Bitte wählen Sie sie erneut aus.", "The file did not arrive. Please choose it again.");

        /// <summary>The bytes do not match the size or SHA-256 the data gives.</summary>
        public static ValidationError AttachmentDamaged(string path) => new(path, "attachmentIntegrity",
            "Die Datei ist unvollständig oder verändert angekommen. Bitte wählen Sie sie erneut aus.", "The file arrived incomplete or altered. Please choose it again.");

        /// <summary>The bytes are not of the declared media type (e.g. HTML named <c>.pdf</c>).</summary>
        public static ValidationError AttachmentContent(string path, string mediaType) => new(path, "attachmentContent",
            $"Der Inhalt der Datei passt nicht zu ihrem Typ ({mediaType}). Bitte wählen Sie eine Datei dieses Typs.",
            $"The file's content does not match its type ({mediaType}). Please choose a file of that type.");

        /// <summary>The file name holds path separators or control characters.</summary>
        public static ValidationError AttachmentName(string path) => new(path, "attachmentName",
            "Der Dateiname enthält unzulässige Zeichen (etwa / oder \\). Bitte benennen Sie die Datei um und wählen Sie sie erneut aus.",
            "The file name contains characters that are not allowed (such as / or \\). Please rename the file and choose it again.");

        /// <summary>The idempotency key was used before for other content.</summary>
        public static ValidationError KeyReused() => new("", "idempotencyConflict",
            "Dieses Formular wurde bereits mit anderen Angaben gesendet. Bitte laden Sie die Seite neu, um einen neuen Antrag zu stellen.",
            "This form was already sent with other answers. Please reload the page to make a new application.");
    }
}
