using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Definitions.Validation;
using FormFactory.Rendering.Schema;
using FormFactory.Rendering.Tests.Support;
using FormFactory.Runtime.Submissions;
using NJsonSchema;

namespace FormFactory.Rendering.Tests
{
    /// <summary>The submission contract end to end: the page's multipart post converts to JSON the validator and the schema accept.</summary>
    public class SubmissionTests
    {
        private static readonly DateTime Today = new(2026, 6, 15);

        private static MultipartSubmission Convert() =>
            MultipartSubmissionConverter.Convert(SubmissionShapes.For(Samples.Form("hundAnmelden")), HundPost.Fields(), HundPost.Files());

        [Fact]
        public void MultipartPostOfTheSamplePageIsAValidSubmission()
        {
            var submission = Convert();
            var result = new ReferenceValidator(Samples.Form("hundAnmelden"), () => Today).Validate(submission.DataJson);
            Assert.True(result.IsValid, string.Join("\n", result.Errors) + "\n" + submission.DataJson);
            Assert.Equal(("hundAnmelden", "1.0.0", "rossdorf", "de"), (submission.Form, submission.Version, submission.Tenant, submission.Language));
            Assert.Equal(2, submission.Attachments.Count);
        }

        private static Task<JsonSchema> Schema() => JsonSchema.FromJsonAsync(SubmissionSchemaBuilder.ToJson(Samples.Form("hundAnmelden")));

        [Fact]
        public async Task SchemaAcceptsTheConvertedSubmission()
        {
            var schema = await Schema();
            var errors = schema.Validate(Convert().DataJson);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
        }

        [Theory]
        [InlineData("{ \"anzahlHunde\": \"2\" }")]
        [InlineData("{ \"anzahlHunde\": 2.5 }")]
        [InlineData("{ \"hunde\": { \"name\": \"Bello\" } }")]
        [InlineData("{ \"hunde\": [ { \"rasse\": \"einhorn\" } ] }")]
        [InlineData("{ \"person\": { \"geburtsdatum\": \"12.08.1980\" } }")]
        [InlineData("{ \"zuzug\": \"ja\" }")]
        [InlineData("{ \"hunde\": [ { \"sachkundenachweis\": { \"name\": \"a.pdf\" } } ] }")]
        public async Task SchemaRejectsAWrongShape(string json)
        {
            var schema = await Schema();
            Assert.NotEmpty(schema.Validate(json));
        }

        [Theory]
        [InlineData("{ }")]
        [InlineData("{ \"anzahlHunde\": null, \"zuzug\": \"\", \"person\": { \"geburtsdatum\": \"\" }, \"hunde\": [] }")]
        public async Task SchemaAcceptsEmptyValues(string json)
        {
            var schema = await Schema();
            Assert.Empty(schema.Validate(json));
        }

        [Fact]
        public void EnvelopeCarriesMetaDataAndAttachmentMetadata()
        {
            using var envelope = JsonDocument.Parse(Convert().EnvelopeJson);
            var root = envelope.RootElement;
            Assert.Equal("hundAnmelden", root.GetProperty("form").GetString());
            Assert.Equal("Bello", root.GetProperty("data").GetProperty("hunde")[0].GetProperty("name").GetString());
            var attachment = root.GetProperty("attachments")[0];
            Assert.Equal("hunde[0].sachkundenachweis", attachment.GetProperty("path").GetString());
            Assert.Equal(64, attachment.GetProperty("sha256").GetString()!.Length);
        }

        [Fact]
        public void ShapeTextRoundTrips()
        {
            var shape = SubmissionShapes.For(Samples.Form("hundAnmelden"));
            Assert.Equal(shape.ToString(), SubmissionShape.Parse(shape.ToString()).ToString());
        }
    }
}
