using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using FormFactory.Definitions.Binding;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>
    /// Seeded robustness of what the import writes: genericode lists and XDatenfelder 3 values with codes and labels
    /// of every awkward kind XML can carry (control characters, noncharacters, invisible and bidirectional characters,
    /// blanks, duplicates, long codes) and field names with them. Whatever the input, the import writes only what
    /// <c>validate</c> accepts, and reports what it left out. The seed is printed on failure; override it with
    /// FORMFACTORY_FUZZ_SEED, the count with FORMFACTORY_FUZZ_COUNT.
    /// </summary>
    public class CodeRobustnessTests
    {
        // Characters XML 1.0 can hold but definitions may not have in codes (FF0120), and others that are merely awkward.
        private static readonly string[] Awkward =
        {
            "\t", "\n", "\r\n", "\u0085", "\u007F", "\u009F", "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF", "\uFEFF", "\u202E", "\u200B",
            "\u00A0", " ", "😀", "ä", "<", "&", "\"", "'", "|", "*", "_", "[x](y)", "\\",
        };

        private static readonly string[] Plain = { "001", "a", "Hund", "x-y", "07", "ü", "Z" };

        private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("FORMFACTORY_FUZZ_SEED"), out var s) ? s : 20261208;

        private static int Count => int.TryParse(Environment.GetEnvironmentVariable("FORMFACTORY_FUZZ_COUNT"), out var n) && n > 0 ? n : 300;

        [Fact]
        public void AwkwardCodesAndNamesNeverGiveDefinitionsThatValidateRefuses()
        {
            var failures = new List<string>();
            int leftOut = 0;
            for (int i = 0; i < Count && failures.Count < 5; i++)
            {
                var random = new Random(unchecked(Seed * 31 + i));
                var rows = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => (Code: Text(random), Name: Text(random))).ToArray();
                string werte = "<xdf:werte>" + string.Concat(Enumerable.Range(0, 1 + random.Next(4)).Select(_ =>
                    $"<xdf:wert><xdf:code>{Escape(Text(random))}</xdf:code><xdf:name>{Escape(Text(random))}</xdf:name></xdf:wert>")) + "</xdf:werte>";
                string inhalt = $"<xdf:inhalt>{Escape(rows[random.Next(rows.Length)].Code)}</xdf:inhalt>";
                string schema = Xdf.Group3(
                    Xdf.Field("F00000001", Escape(Text(random)), feldart: "select", extra: Xdf.CodeListReference("urn:test:liste", "1") + inhalt)
                    + Xdf.Field("F00000002", Escape(Text(random)), feldart: "select", extra: werte));
                string list = Xdf.Genericode("urn:test:liste", "1", rows.Select(r => (Escape(r.Code), Escape(r.Name))).ToArray());
                var result = Xdf.Import(("g.xml", schema), ("liste.xml", list));
                var bound = CatalogBinder.Bind(result.Files);
                string context = $"seed {Seed}, case #{i}: codes {string.Join(", ", rows.Select(r => Show(r.Code)))}";
                if (result.Diagnostics.Count > 0) failures.Add($"{context}\n  import: " + string.Join("\n  ", result.Diagnostics));
                else if (bound.Diagnostics.Count > 0) failures.Add($"{context}\n  validate: " + string.Join("\n  ", bound.Diagnostics));
                if (result.Report.Entries.Any(e => e.Notes.Any(n => n.Contains("(FF0120); left out", StringComparison.Ordinal)))) leftOut++;
            }
            Assert.True(failures.Count == 0, $"reproduce with FORMFACTORY_FUZZ_SEED={Seed}:\n" + string.Join("\n\n", failures));
            // A generator that never made a code the import must leave out would prove nothing.
            Assert.True(leftOut > Count / 10, $"only {leftOut} of {Count} cases left a code out");
        }

        /// <summary>A short text of plain parts and awkward characters, sometimes blank or long.</summary>
        private static string Text(Random random)
        {
            switch (random.Next(10))
            {
                case 0: return "";
                case 1: return new string('c', 200 + random.Next(2000));
                default:
                    return string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.Next(2) == 0 ? Plain[random.Next(Plain.Length)] : Awkward[random.Next(Awkward.Length)]));
            }
        }

        private static string Escape(string text) => SecurityElement.Escape(text);

        private static string Show(string s) => "'" + string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "'";
    }
}
