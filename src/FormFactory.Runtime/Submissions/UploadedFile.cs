namespace FormFactory.Runtime.Submissions
{
    /// <summary>A file part of a multipart post, as the host's web framework hands it over.</summary>
    public sealed class UploadedFile
    {
        /// <summary>Creates an uploaded file.</summary>
        /// <param name="fieldName">The part's name: the field path (<c>hunde[0].sachkundenachweis</c>).</param>
        /// <param name="fileName">The file name the browser sent.</param>
        /// <param name="contentType">The part's media type.</param>
        /// <param name="content">The bytes.</param>
        public UploadedFile(string fieldName, string fileName, string contentType, byte[] content)
        {
            FieldName = fieldName;
            FileName = fileName;
            ContentType = contentType;
            Content = content;
        }

        /// <summary>The part's name.</summary>
        public string FieldName { get; }
        /// <summary>The file name.</summary>
        public string FileName { get; }
        /// <summary>The media type.</summary>
        public string ContentType { get; }
        /// <summary>The bytes.</summary>
        public byte[] Content { get; }
    }

    /// <summary>An attachment of a converted submission: the metadata in the data, plus the bytes.</summary>
    public sealed class Attachment
    {
        internal Attachment(string path, string name, string mediaType, long size, string sha256, byte[] content)
        {
            Path = path;
            Name = name;
            MediaType = mediaType;
            Size = size;
            Sha256 = sha256;
            Content = content;
        }

        /// <summary>The field path it belongs to.</summary>
        public string Path { get; }
        /// <summary>The file name.</summary>
        public string Name { get; }
        /// <summary>The media type.</summary>
        public string MediaType { get; }
        /// <summary>The size in bytes.</summary>
        public long Size { get; }
        /// <summary>SHA-256 of the content, lower-case hexadecimal.</summary>
        public string Sha256 { get; }
        /// <summary>The bytes.</summary>
        public byte[] Content { get; }
    }
}
