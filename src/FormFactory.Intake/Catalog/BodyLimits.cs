using System.Collections.Generic;
using FormFactory.Definitions.Model;

namespace FormFactory.Intake.Catalog
{
    /// <summary>
    /// The largest body a post of a service may have, from its definition: every file at its <c>maxSizeKb</c> (times
    /// the entries its repeated groups allow), in base64 as the JSON post carries it, plus room for the data.
    /// Checked before the body is read, so nobody can make the host buffer more than a real form could send.
    /// </summary>
    public static class BodyLimits
    {
        /// <summary>Room for the data and envelope besides the files (1 MiB: far more than any form's answers).</summary>
        public const long DataAllowance = 1024 * 1024;

        /// <summary>The size a file field without <c>maxSizeKb</c> counts with (10 MiB).</summary>
        public const long DefaultFileBytes = 10 * 1024 * 1024;

        /// <summary>Entries counted for a repeated group without a maximum.</summary>
        public const int UnboundedEntries = 20;

        /// <summary>The limit for <paramref name="form"/> in bytes.</summary>
        public static long For(FormModel form) => DataAllowance + Base64(Files(form.Fields, 1));

        private static long Files(IEnumerable<FieldModel> fields, long entries)
        {
            long sum = 0;
            foreach (var f in fields)
            {
                if (f.Kind == FieldKind.File) sum += entries * (f.MaxSizeKb is { } kb ? kb * 1024 : DefaultFileBytes);
                else if (f.Kind == FieldKind.Group) sum += Files(f.Fields, entries * (f.Repeat == null ? 1 : f.Repeat.Max ?? UnboundedEntries));
            }
            return sum;
        }

        // Base64 writes 4 characters per 3 bytes.
        private static long Base64(long bytes) => (bytes + 2) / 3 * 4;
    }
}
