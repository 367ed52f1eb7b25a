using System.Collections.Generic;

namespace FormFactory.FitConnect.Attachments
{
    /// <summary>
    /// File extensions for the media types citizens upload. An exported attachment is named by its id and the
    /// extension of its checked media type, so what a back office opens is what the form accepted.
    /// </summary>
    public static class AttachmentExtensions
    {
        private static readonly Dictionary<string, string> ByMediaType = new()
        {
            ["application/pdf"] = ".pdf",
            ["image/jpeg"] = ".jpg",
            ["image/png"] = ".png",
            ["image/gif"] = ".gif",
            ["image/tiff"] = ".tif",
            ["image/webp"] = ".webp",
            ["image/heic"] = ".heic",
            ["image/svg+xml"] = ".svg",
            ["text/plain"] = ".txt",
            ["text/csv"] = ".csv",
            ["application/xml"] = ".xml",
            ["text/xml"] = ".xml",
            ["application/json"] = ".json",
            ["application/zip"] = ".zip",
            ["application/msword"] = ".doc",
            ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
            ["application/vnd.ms-excel"] = ".xls",
            ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = ".xlsx",
            ["application/vnd.oasis.opendocument.text"] = ".odt",
            ["application/vnd.oasis.opendocument.spreadsheet"] = ".ods",
        };

        /// <summary>The extension (with its dot) for <paramref name="mediaType"/> (lower case, without parameters); empty when none is known.</summary>
        public static string For(string mediaType) => ByMediaType.TryGetValue(mediaType, out var extension) ? extension : "";
    }
}
