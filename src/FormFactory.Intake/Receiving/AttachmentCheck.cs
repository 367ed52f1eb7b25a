using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using FormFactory.FitConnect.Attachments;
using FormFactory.Intake.Storage;
using FormFactory.Runtime;

namespace FormFactory.Intake.Receiving
{
    /// <summary>
    /// Pairs the file values the validator kept with the posted files and checks each: a safe name, the bytes' size
    /// and SHA-256 against both the data and the attachment entry, and the bytes against the media type. Files that
    /// belong to no kept value (a hidden field's) are dropped, as the validator drops hidden values.
    /// </summary>
    public static class AttachmentCheck
    {
        /// <summary>The attachments to store, in form order, and the errors found (empty when all fit).</summary>
        public static (IReadOnlyList<StoredAttachment> Stored, IReadOnlyList<ValidationError> Errors) Match(IReadOnlyList<SubmittedFile> files, IReadOnlyList<IncomingAttachment> posted)
        {
            var stored = new List<StoredAttachment>();
            var errors = new List<ValidationError>();
            foreach (var file in files)
            {
                var a = posted.FirstOrDefault(p => p.Path == file.Path);
                if (a == null) { errors.Add(IntakeErrors.AttachmentMissing(file.Path)); continue; }
                if (!IsSafeName(file.Name) || a.Name != file.Name) { errors.Add(IntakeErrors.AttachmentName(file.Path)); continue; }
                string actual = Convert.ToHexStringLower(SHA256.HashData(a.Content));
                bool same = a.Content.LongLength == file.Size && a.Size == file.Size && Eq(actual, file.Sha256) && Eq(actual, a.Sha256) && Eq(a.MediaType, file.MediaType);
                if (!same) { errors.Add(IntakeErrors.AttachmentDamaged(file.Path)); continue; }
                if (!MediaTypeSniffing.Fits(file.MediaType, a.Content)) { errors.Add(IntakeErrors.AttachmentContent(file.Path, file.MediaType)); continue; }
                stored.Add(new StoredAttachment(file.Path, file.Name, file.MediaType.ToLowerInvariant(), file.Size, actual, a.Content));
            }
            return (stored, errors);
        }

        /// <summary>True for a plain file name: no path separators, no control characters, not <c>.</c> or <c>..</c>, at most 255 characters.</summary>
        public static bool IsSafeName(string name) =>
            name.Length > 0 && name.Length <= 255 && name != "." && name != ".." && !name.Any(c => c == '/' || c == '\\' || char.IsControl(c));

        private static bool Eq(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
