using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Rendering.Schema;
using FormFactory.Rendering.Tests.Support;
using NJsonSchema;

namespace FormFactory.Rendering.Tests
{
    /// <summary>The submission schema's text: what NJsonSchema reads of it, and its exact form for one service.</summary>
    public class SubmissionSchemaTests
    {
        public static IEnumerable<object[]> Services() => Samples.Catalog.Forms.Select(f => new object[] { f.Id }).OrderBy(x => (string)x[0], System.StringComparer.Ordinal);

        /// <summary>
        /// The schema is written directly, not through NJsonSchema's object model; NJsonSchema reading it and writing
        /// it again must give the same JSON, or it ignored or changed a keyword (and would not check it).
        /// </summary>
        [Theory]
        [MemberData(nameof(Services))]
        public void NJsonSchemaReadsEveryKeyword(string service)
        {
            var form = Samples.Form(service);
            var schema = SubmissionSchemaBuilder.Build(form);
            Assert.Empty(UnknownKeywords(schema, "#"));
            var written = JsonNode.Parse(SubmissionSchemaBuilder.ToJson(form));
            var readBack = JsonNode.Parse(schema.ToJson());
            Assert.True(JsonNode.DeepEquals(written, readBack), "NJsonSchema wrote back:\n" + readBack);
        }

        /// <summary>Keywords NJsonSchema kept as extension data: it carries them along but checks nothing with them.</summary>
        private static IEnumerable<string> UnknownKeywords(JsonSchema schema, string path)
        {
            foreach (var key in schema.ExtensionData?.Keys ?? Enumerable.Empty<string>()) yield return path + "/" + key;
            foreach (var (name, property) in schema.Properties)
                foreach (var unknown in UnknownKeywords(property, path + "/properties/" + name)) yield return unknown;
            if (schema.Item != null)
                foreach (var unknown in UnknownKeywords(schema.Item, path + "/items")) yield return unknown;
        }

        [Fact]
        public void SchemaOfTheDogServiceMatchesApprovedFile() =>
            Approvals.Verify("hundAnmelden.submission.schema.json", SubmissionSchemaBuilder.ToJson(Samples.Form("hundAnmelden")));
    }
}
