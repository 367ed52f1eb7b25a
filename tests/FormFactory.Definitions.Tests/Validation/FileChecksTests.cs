using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class FileChecksTests
    {
        private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

        private static FormTestCase Upload(string properties) =>
            new FormTestCase().Form("test", $$"""[ { "id": "nachweis", "type": "file", "label": "Nachweis", {{properties}} } ]""");

        private static string File(string mediaType, long size, string name = "nachweis.pdf", string sha = Sha) =>
            $$"""{ "nachweis": { "name": "{{name}}", "mediaType": "{{mediaType}}", "size": {{size}}, "sha256": "{{sha}}" } }""";

        [Theory]
        [InlineData("application/pdf")]
        [InlineData("image/png")]
        [InlineData("APPLICATION/PDF")]
        [InlineData("Image/PNG")]
        public void AnAcceptedMediaTypePassesWhateverItsCase(string mediaType) =>
            Upload("\"accept\": [\"application/pdf\", \"image/png\"]").Validator().Valid(File(mediaType, 1000));

        [Theory]
        [InlineData("image/jpeg")]
        [InlineData("application/pdfx")]
        [InlineData("text/plain")]
        public void AnyOtherMediaTypeFailsAccept(string mediaType) =>
            Upload("\"accept\": [\"application/pdf\", \"image/png\"]").Validator().Expect(File(mediaType, 1000), "nachweis accept");

        [Theory]
        [InlineData("image/jpeg", true)]
        [InlineData("image/png", true)]
        [InlineData("image/heic", true)]
        [InlineData("IMAGE/webp", true)]
        [InlineData("application/pdf", false)]
        [InlineData("imagex/png", false)]
        [InlineData("video/image", false)]
        public void AWildcardAcceptsEverySubtype(string mediaType, bool accepted)
        {
            var v = Upload("\"accept\": [\"image/*\"]").Validator();
            if (accepted) v.Valid(File(mediaType, 1000));
            else v.Expect(File(mediaType, 1000), "nachweis accept");
        }

        [Fact]
        public void WithoutAcceptAnyMediaTypePasses() =>
            Upload("\"required\": true").Validator().Valid(File("application/x-anything", 5));

        [Fact]
        public void MaxSizeCountsKibibytesAndTheLimitItselfPasses()
        {
            var v = Upload("\"maxSizeKb\": 2").Validator();
            v.Valid(File("application/pdf", 2048));
            v.Valid(File("application/pdf", 0));
            v.Expect(File("application/pdf", 2049), "nachweis maxSize");
            // 2,000 bytes would be 2 kB but is less than 2 KiB.
            v.Valid(File("application/pdf", 2000));
        }

        [Fact]
        public void BothFileChecksCanFail() =>
            Upload("\"accept\": [\"application/pdf\"], \"maxSizeKb\": 1").Validator().Expect(File("image/png", 5000), "nachweis accept", "nachweis maxSize");

        [Theory]
        [InlineData("\"nachweis.pdf\"")]
        [InlineData("true")]
        [InlineData("[]")]
        [InlineData("{ \"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": 10 }")]
        [InlineData("{ \"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"sha256\": \"" + Sha + "\" }")]
        [InlineData("{ \"name\": \"a.pdf\", \"size\": 10, \"sha256\": \"" + Sha + "\" }")]
        [InlineData("{ \"mediaType\": \"application/pdf\", \"size\": 10, \"sha256\": \"" + Sha + "\" }")]
        [InlineData("{ \"name\": \"\", \"mediaType\": \"application/pdf\", \"size\": 10, \"sha256\": \"" + Sha + "\" }")]
        [InlineData("{ \"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": -1, \"sha256\": \"" + Sha + "\" }")]
        [InlineData("{ \"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": 1.5, \"sha256\": \"" + Sha + "\" }")]
        [InlineData("{ \"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": \"10\", \"sha256\": \"" + Sha + "\" }")]
        [InlineData("{ \"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": 10, \"sha256\": \"abc\" }")]
        [InlineData("{ \"name\": \"a.pdf\", \"mediaType\": \"application/pdf\", \"size\": 10, \"sha256\": \"" + "zz" + "86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\" }")]
        public void AFileThatIsNotCompleteMetadataIsAFormatError(string value) =>
            Upload("\"required\": true").Validator().Expect($$"""{ "nachweis": {{value}} }""", "nachweis format");

        [Fact]
        public void FileMetadataIsKeptWithALowerCaseHash()
        {
            var result = Upload("\"required\": true").Validator().Valid(File("application/pdf", 10, "Scan 1.pdf", Sha.ToUpperInvariant()));
            Assert.Equal("{\"nachweis\":{\"name\":\"Scan 1.pdf\",\"mediaType\":\"application/pdf\",\"size\":10,\"sha256\":\"" + Sha + "\"}}", result.KeptJson);
        }
    }
}
