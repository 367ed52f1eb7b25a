using System;
using System.Collections.Generic;
using System.IO;
using FormFactory.Definitions.Files;

namespace FormFactory.FitConnect.Attachments
{
    /// <summary>
    /// The files of one folder (not its subfolders), found by content: a submission names each upload by SHA-256, so
    /// the files may have any name and two uploads with the same name do not get mixed up. Only regular files are
    /// read, through links only to targets inside the folder (<see cref="SafeFiles"/>): a FIFO cannot block the export.
    /// </summary>
    public sealed class AttachmentFolder : IAttachmentSource
    {
        private readonly Dictionary<string, string> _bySha256 = new(StringComparer.Ordinal);
        private readonly SafeFiles _files;

        /// <summary>Indexes the files of <paramref name="folder"/>; a missing folder holds nothing.</summary>
        public AttachmentFolder(string folder)
        {
            _files = SafeFiles.In(folder);
            if (!Directory.Exists(folder)) return;
            foreach (var file in _files.Files(folder, _ => true, recursive: false))
            {
                try
                {
                    using var stream = _files.OpenRead(file);
                    _bySha256.TryAdd(Hex.Sha256(stream), file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A file that cannot be read cannot be an attachment; the export names what it misses.
                }
            }
        }

        /// <inheritdoc />
        public Stream? Open(string sha256) => _bySha256.TryGetValue(sha256.ToLowerInvariant(), out var path) ? _files.OpenRead(path) : null;

        /// <summary>The file whose SHA-256 is <paramref name="sha256"/>, or null.</summary>
        public string? PathOf(string sha256) => _bySha256.TryGetValue(sha256.ToLowerInvariant(), out var path) ? path : null;
    }
}
