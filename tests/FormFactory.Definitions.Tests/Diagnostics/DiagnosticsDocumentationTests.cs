using System;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>The examples in docs/diagnostics.md produce exactly the messages printed under them.</summary>
    public class DiagnosticsDocumentationTests
    {
        /// <summary>
        /// Sections whose examples the core can check: FF0003 and FF0006-FF0008 come from the workspace, FF06xx from the
        /// generator, FF07xx from the FIM importer (their tests cover them); FF0313 needs 20,001 code list values and
        /// FF0315 a chain of 201 fields, so their shortened examples are checked by DefinitionLimitsTests.
        /// </summary>
        public static TheoryData<string> CoreSections()
        {
            var data = new TheoryData<string>();
            foreach (var s in DiagnosticsDocument.Sections())
                if (s.Id != "FF0003" && s.Id != "FF0006" && s.Id != "FF0007" && s.Id != "FF0008" && s.Id != "FF0313" && s.Id != "FF0315"
                    && !s.Id.StartsWith("FF06", StringComparison.Ordinal)
                    && !s.Id.StartsWith("FF07", StringComparison.Ordinal)) data.Add(s.Id);
            return data;
        }

        [Theory]
        [MemberData(nameof(CoreSections))]
        public void DocumentedExampleProducesTheDocumentedMessages(string id)
        {
            var section = DiagnosticsDocument.Sections().Single(s => s.Id == id);
            Assert.NotEmpty(section.Files);
            var produced = CatalogBinder.Bind(section.Files).Diagnostics.Select(d => Stable(d.ToString()));
            Assert.Equal(section.Messages.Select(Stable), produced);
            Assert.All(section.Messages, m => Assert.Contains($" {id}: ", m));
        }

        [Fact]
        public void EverySectionShowsAMessage() =>
            Assert.All(DiagnosticsDocument.Sections(), s => Assert.True(s.Messages.Count > 0, s.Id + " shows no message"));

        /// <summary>FF0301 quotes the .NET regular expression parser, whose wording may change between runtimes.</summary>
        private static string Stable(string line)
        {
            const string quoted = "not a valid regular expression: ";
            int at = line.IndexOf(quoted, StringComparison.Ordinal);
            return at < 0 ? line : line.Substring(0, at + quoted.Length);
        }
    }
}
