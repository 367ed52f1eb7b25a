using System.IO;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Definitions.Files
{
    /// <summary>Why <see cref="SafeFiles"/> refused to read a path.</summary>
    public enum UnsafeFileReason
    {
        /// <summary>A FIFO, device, socket or folder: reading it could block or never end.</summary>
        NotARegularFile,

        /// <summary>A symbolic link whose target lies outside the folder being read (or, where links cannot be resolved, any link).</summary>
        LinkOutOfFolder,

        /// <summary>More bytes than the limit; found while reading, so a file that grows cannot get past it.</summary>
        TooLarge,
    }

    /// <summary>A path <see cref="SafeFiles"/> does not read; the message says why, in words for the user.</summary>
    public sealed class UnsafeFileException : IOException
    {
        /// <summary>Creates the exception.</summary>
        public UnsafeFileException(UnsafeFileReason reason, string message) : base(message) => Reason = reason;

        /// <summary>Why the path was refused.</summary>
        public UnsafeFileReason Reason { get; }

        /// <summary>The same refusal, naming <paramref name="path"/>: for an error that is not a diagnostic at the file's place.</summary>
        public UnsafeFileException WithPath(string path) => new UnsafeFileException(Reason, $"'{path}' is not read: {Message}.");

        /// <summary>The diagnostic for a file that could not be read because of <paramref name="e"/>: FF0007 or FF0008 for a refused path, else FF0006.</summary>
        public static DiagnosticDescriptor DescriptorFor(System.Exception e) => (e as UnsafeFileException)?.Reason switch
        {
            UnsafeFileReason.NotARegularFile => DiagnosticDescriptors.NotARegularFile,
            UnsafeFileReason.LinkOutOfFolder => DiagnosticDescriptors.LinkOutOfFolder,
            _ => DiagnosticDescriptors.FileUnreadable,
        };
    }
}
