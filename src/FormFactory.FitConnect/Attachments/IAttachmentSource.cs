using System.IO;

namespace FormFactory.FitConnect.Attachments
{
    /// <summary>Where the contents of the files a submission names are found, by their SHA-256.</summary>
    public interface IAttachmentSource
    {
        /// <summary>Opens the file whose SHA-256 is <paramref name="sha256"/>, or returns null when there is none.</summary>
        Stream? Open(string sha256);
    }
}
