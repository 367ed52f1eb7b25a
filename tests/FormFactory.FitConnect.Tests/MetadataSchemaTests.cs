using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FormFactory.Fim.Tests.Support;
using FormFactory.FitConnect.Tests.Support;
using NJsonSchema;
using NJsonSchema.Validation;

namespace FormFactory.FitConnect.Tests
{
    /// <summary>
    /// NJsonSchema reads the FIT-Connect metadata schema (JSON Schema 2020-12) and applies every keyword that schema
    /// uses: required, enum, pattern, format uuid and uri, minItems, maxProperties and the $ref to the signature.
    /// These tests hold it to that, so "the metadata validates" means what it says.
    /// </summary>
    public class MetadataSchemaTests
    {
        public static async Task<JsonSchema> Schema() => await JsonSchema.FromJsonAsync(File.ReadAllText(FitConnectCases.MetadataSchema));

        private const string Uuid = "0e8b0b5a-2c3c-4c9e-9d3f-1a2b3c4d5e6f";
        private static readonly string Hash = "{\"type\":\"sha512\",\"content\":\"" + new string('a', 128) + "\"}";

        private static string Attachment(string purpose = "attachment", string mimeType = "application/pdf", string id = Uuid, string more = "") =>
            "{\"hash\":" + Hash + ",\"purpose\":\"" + purpose + "\",\"mimeType\":\"" + mimeType + "\",\"attachmentId\":\"" + id + "\"" + more + "}";

        public static TheoryData<string, ValidationErrorKind> BadAttachments() => new()
        {
            { Attachment(id: "keine-uuid-keine-uuid-keine-uuid-12"), ValidationErrorKind.UuidExpected },
            { Attachment(purpose: "upload"), ValidationErrorKind.NotInEnumeration },
            { Attachment(mimeType: "pdf"), ValidationErrorKind.PatternMismatch },
            { Attachment(more: ",\"signature\":{\"signatureFormat\":\"cms\"}"), ValidationErrorKind.PropertyRequired },
        };

        [Theory]
        [InlineData("{}", ValidationErrorKind.PropertyRequired)]
        [InlineData("{\"contentStructure\":{}}", ValidationErrorKind.PropertyRequired)]
        [InlineData("{\"contentStructure\":{\"attachments\":[{\"hash\":{\"type\":\"md5\",\"content\":\"x\"},\"purpose\":\"attachment\",\"mimeType\":\"application/pdf\",\"attachmentId\":\"0e8b0b5a-2c3c-4c9e-9d3f-1a2b3c4d5e6f\"}]}}", ValidationErrorKind.ArrayItemNotValid)]
        [InlineData("{\"contentStructure\":{\"attachments\":[],\"data\":{\"hash\":{\"type\":\"sha512\",\"content\":\"ab\"},\"submissionSchema\":{\"schemaUri\":\"urn:x\",\"mimeType\":\"application/json\"}}}}", ValidationErrorKind.PatternMismatch)]
        [InlineData("{\"contentStructure\":{\"attachments\":[]},\"publicServiceType\":{\"identifier\":\"99108006001000\"}}", ValidationErrorKind.PatternMismatch)]
        [InlineData("{\"contentStructure\":{\"attachments\":[]},\"replyChannel\":{\"eMail\":{\"address\":\"a@b.de\"},\"deMail\":{\"address\":\"a@b.de\"}}}", ValidationErrorKind.TooManyProperties)]
        [InlineData("{\"contentStructure\":{\"attachments\":[]},\"authenticationInformation\":[]}", ValidationErrorKind.TooFewItems)]
        public async Task ViolationsAreFound(string json, ValidationErrorKind kind) =>
            Assert.Contains((await Schema()).Validate(json), e => e.Kind == kind);

        [Theory]
        [MemberData(nameof(BadAttachments))]
        public async Task ViolationsInsideAnAttachmentAreFound(string attachment, ValidationErrorKind kind)
        {
            var errors = (await Schema()).Validate("{\"contentStructure\":{\"attachments\":[" + attachment + "]}}");
            var item = Assert.IsType<ChildSchemaValidationError>(Assert.Single(errors));
            Assert.Contains(item.Errors.SelectMany(e => e.Value), e => e.Kind == kind);
        }

        [Fact]
        public async Task AMinimalDocumentIsValid() =>
            Assert.Empty((await Schema()).Validate("{\"contentStructure\":{\"attachments\":[" + Attachment() + "]}}"));
    }
}
