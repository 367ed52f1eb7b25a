using System.Linq;
using FormFactory.Generator.Tests.Support;

namespace FormFactory.Generator.Tests
{
    /// <summary>Whatever ids, codes and texts a definition has, the generated C# compiles and reads well.</summary>
    public class NamingTests
    {
        [Fact]
        public void CodesThatAreNoIdentifiersGetReadableNames()
        {
            var run = GeneratorHarness.Run(new DefinitionSet()
                .CodeListWithLabels("liste", ("000", "Deutschland"), ("06", "6 Monate"), ("gmbh-co-kg", "GmbH & Co. KG"), ("ab", "a"), ("Ab", "b"),
                    ("151", "Österreich"), ("999", "Ein sehr langer Name für ein Land"))
                .Form("test", "[ { \"id\": \"wahl\", \"type\": \"choice\", \"codeList\": \"liste\", \"label\": \"Wahl\" } ]")
                .Texts);

            string source = run.Sources["CodeLists.Liste.g.cs"];
            foreach (var member in new[] { "Deutschland", "Code06", "GmbhCoKg", "Ab", "AbCode", "Oesterreich", "Code999" })
                Assert.Contains("        " + member + ",\n", source);
            Assert.Contains("case \"Ab\": value = Liste.AbCode; return true;", source);
            CompiledOutput.AssertClean(run.Output);
        }

        [Fact]
        public void FieldIdsThatCollideWithRecordMembersAreRenamed()
        {
            var run = GeneratorHarness.Run(new DefinitionSet()
                .Form("test", "[ { \"id\": \"toString\", \"type\": \"text\", \"label\": \"A\" }, { \"id\": \"equals\", \"type\": \"text\", \"label\": \"B\" }, " +
                              "{ \"id\": \"metadata\", \"type\": \"text\", \"label\": \"C\" }, { \"id\": \"test\", \"type\": \"text\", \"label\": \"D\" } ]")
                .Texts);

            string source = run.Sources["Test.g.cs"];
            foreach (var property in new[] { "ToStringField", "EqualsField", "MetadataField", "TestField" })
                Assert.Contains(" " + property + " { get; init; }", source);
            CompiledOutput.AssertClean(run.Output);
        }

        /// <summary>Names C# or the generated records reserve, as ids the validator accepts.</summary>
        private static readonly string[] ReservedIds =
        {
            "clone", "equals", "getHashCode", "toString", "deconstruct", "printMembers", "equalityContract", "getType",
            "memberwiseClone", "finalize", "referenceEquals", "converter", "metadata", "validate", "validation", "fromJson", "toJson",
        };

        [Fact]
        public void EveryReservedMemberNameAsAFieldOrServiceIdCompiles()
        {
            // Each name as a field of the form, of a group and of a repeated group (whose records have the same members),
            // next to fields named like the enclosing records, and as the id of a service of its own.
            string Fields(params string[] extra) => string.Join(", ", ReservedIds.Concat(extra).Select(id => "{ \"id\": \"" + id + "\", \"type\": \"text\", \"label\": \"L\" }"));
            var set = new DefinitionSet().Form("test", "[ " + Fields("test") + ", "
                + "{ \"id\": \"g\", \"type\": \"group\", \"label\": \"G\", \"fields\": [ " + Fields("gGroup") + " ] }, "
                + "{ \"id\": \"r\", \"type\": \"group\", \"label\": \"R\", \"repeat\": { \"max\": 3 }, \"fields\": [ " + Fields("rItem") + " ] } ]");
            foreach (var id in ReservedIds) set.Form(id, "[ { \"id\": \"" + id + "\", \"type\": \"text\", \"label\": \"X\" } ]");
            var run = GeneratorHarness.Run(set.Texts);

            Assert.Empty(run.Diagnostics);
            string source = run.Sources["Test.g.cs"];
            Assert.Contains(" CloneField { get; init; }", source);
            Assert.Contains(" TestField { get; init; }", source);
            Assert.Contains("CloneForm.g.cs", run.Sources.Keys);
            Assert.Contains("ValidateForm.g.cs", run.Sources.Keys);
            CompiledOutput.AssertClean(run.Output);
        }

        [Fact]
        public void TextsWithLoneSurrogatesAndNoncharactersGiveDocCommentsThatCompile()
        {
            // Labels, titles and hints become XML doc comments, which cannot hold a lone surrogate or U+FFFF.
            var run = GeneratorHarness.Run(new DefinitionSet()
                .File("definitions/codelists/farbe.codelist.json", "{ \"id\": \"farbe\", \"title\": \"T\\ud800\", \"values\": [ { \"code\": \"rot\", \"label\": \"Rot\\udc00\\uffff\", \"description\": \"\\ud83d\\ude00\" } ] }")
                .File("definitions/services/test.form.json", "{ \"id\": \"test\", \"title\": \"T\\udfff\", \"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [ "
                    + "{ \"id\": \"farbe\", \"type\": \"choice\", \"codeList\": \"farbe\", \"label\": \"F\\ud800\", \"hint\": \"\\ud800\\u0007 */ <x>\" } ] } ] }")
                .Texts);

            Assert.Empty(run.Diagnostics);
            Assert.Contains("F\uFFFD", run.Sources["Test.g.cs"]);
            CompiledOutput.AssertClean(run.Output);
        }

        [Fact]
        public void GroupRecordNamesGiveWayToFieldNames()
        {
            var run = GeneratorHarness.Run(new DefinitionSet()
                .Form("test", "[ { \"id\": \"person\", \"type\": \"group\", \"label\": \"P\", \"fields\": [ " +
                              "{ \"id\": \"person\", \"type\": \"group\", \"label\": \"Innen\", \"fields\": [ { \"id\": \"name\", \"type\": \"text\", \"label\": \"N\" } ] } ] }, " +
                              "{ \"id\": \"personGroup\", \"type\": \"text\", \"label\": \"X\" } ]")
                .Texts);

            string source = run.Sources["Test.g.cs"];
            Assert.Contains("public PersonGroupType? Person { get; init; }", source);
            Assert.Contains("public string? PersonGroup { get; init; }", source);
            CompiledOutput.AssertClean(run.Output);
        }

        [Fact]
        public void FormsNamedLikeGeneratedNamespacesOrClassesAreRenamed()
        {
            var run = GeneratorHarness.Run(new DefinitionSet()
                .Form("codeLists", "[ { \"id\": \"name\", \"type\": \"text\", \"label\": \"N\" } ]")
                .Form("metadata", "[ { \"id\": \"farbe\", \"type\": \"choice\", \"codeList\": \"farbe\", \"label\": \"F\" } ]")
                .CodeList("farbe", "rot")
                .Texts);

            Assert.Contains("CodeListsForm.g.cs", run.Sources.Keys);
            Assert.Contains("MetadataForm.g.cs", run.Sources.Keys);
            CompiledOutput.AssertClean(run.Output);
        }

        [Fact]
        public void NamesThatDifferOnlyInCaseAreRefusedBeforeTheyReachFiles()
        {
            // The core refuses ids of one kind that differ only in case (FF0112): on Windows and macOS their files
            // would be one. The generator reports it; what it still writes (the code lists, which an error does not
            // leave out) keeps distinct file names and compiles.
            var run = GeneratorHarness.Run(new DefinitionSet()
                .Form("abc", "[ { \"id\": \"x\", \"type\": \"choice\", \"codeList\": \"abc\", \"label\": \"X\" } ]")
                .Form("aBc", "[ { \"id\": \"x\", \"type\": \"choice\", \"codeList\": \"aBc\", \"label\": \"X\" } ]")
                .CodeList("abc", "eins")
                .CodeList("aBc", "zwei")
                .Texts);

            Assert.Equal(new[] { "FF0112", "FF0112" }, run.Diagnostics.Select(d => d.Id));
            Assert.Contains("CodeLists.Abc.2.g.cs", run.Sources.Keys);
            CompiledOutput.AssertClean(run.Output);
        }

        [Fact]
        public void TextsWithMarkupAndQuotesAreEscaped()
        {
            const string title = "Kosten < 100 € & \\\"mehr\\\" \\\\ </summary>";
            var run = GeneratorHarness.Run(new DefinitionSet()
                .Form("test", "[ { \"id\": \"name\", \"type\": \"text\", \"label\": \"a < b & c > d\", \"hint\": \"Zeile 1\\nZeile 2 </para>\" } ]", title)
                .Texts);

            string source = run.Sources["Test.g.cs"];
            Assert.Contains("a &lt; b &amp; c &gt; d", source);
            Assert.Contains("/// <para>Zeile 1\n", source);
            Assert.Contains("/// Zeile 2 &lt;/para&gt;</para>", source);
            var assembly = CompiledOutput.Load(run.Output);
            var metadata = assembly.GetType("Consumer.Forms.Test+Metadata")!;
            Assert.Equal("Kosten < 100 € & \"mehr\" \\ </summary>", metadata.GetField("Title")!.GetRawConstantValue());
        }

        [Fact]
        public void PropertyTypesFollowTheFieldTable()
        {
            var run = GeneratorHarness.Run(new DefinitionSet()
                .CodeList("farbe", "rot", "gruen")
                .Form("test", "[ " + string.Join(", ", new[]
                {
                    "{ \"id\": \"text\", \"type\": \"text\", \"label\": \"L\" }",
                    "{ \"id\": \"lang\", \"type\": \"textarea\", \"label\": \"L\" }",
                    "{ \"id\": \"zahl\", \"type\": \"integer\", \"label\": \"L\" }",
                    "{ \"id\": \"betrag\", \"type\": \"decimal\", \"label\": \"L\" }",
                    "{ \"id\": \"geld\", \"type\": \"money\", \"label\": \"L\" }",
                    "{ \"id\": \"tag\", \"type\": \"date\", \"label\": \"L\" }",
                    "{ \"id\": \"ja\", \"type\": \"boolean\", \"label\": \"L\" }",
                    "{ \"id\": \"farbe\", \"type\": \"choice\", \"codeList\": \"farbe\", \"label\": \"L\" }",
                    "{ \"id\": \"farben\", \"type\": \"multiChoice\", \"codeList\": \"farbe\", \"label\": \"L\" }",
                    "{ \"id\": \"mail\", \"type\": \"email\", \"label\": \"L\" }",
                    "{ \"id\": \"tel\", \"type\": \"phone\", \"label\": \"L\" }",
                    "{ \"id\": \"plz\", \"type\": \"postcode\", \"label\": \"L\" }",
                    "{ \"id\": \"konto\", \"type\": \"iban\", \"label\": \"L\" }",
                    "{ \"id\": \"beleg\", \"type\": \"file\", \"label\": \"L\" }",
                    "{ \"id\": \"hinweis\", \"type\": \"info\", \"text\": \"Nur Text\" }",
                    "{ \"id\": \"kinder\", \"type\": \"group\", \"label\": \"L\", \"repeat\": { \"min\": 0, \"max\": 3 }, \"fields\": [ { \"id\": \"name\", \"type\": \"text\", \"label\": \"L\" } ] }",
                }) + " ]")
                .Texts);

            var assembly = CompiledOutput.Load(run.Output);
            var type = assembly.GetType("Consumer.Forms.Test")!;
            string TypeOf(string property) => Describe(type.GetProperty(property)!.PropertyType);
            Assert.Equal("String", TypeOf("Text"));
            Assert.Equal("String", TypeOf("Lang"));
            Assert.Equal("Nullable<Int64>", TypeOf("Zahl"));
            Assert.Equal("Nullable<Decimal>", TypeOf("Betrag"));
            Assert.Equal("Nullable<Decimal>", TypeOf("Geld"));
            Assert.Equal("Nullable<DateOnly>", TypeOf("Tag"));
            Assert.Equal("Nullable<Boolean>", TypeOf("Ja"));
            Assert.Equal("Nullable<Farbe>", TypeOf("Farbe"));
            Assert.Equal("IReadOnlyList<Farbe>", TypeOf("Farben"));
            Assert.Equal("String", TypeOf("Mail"));
            Assert.Equal("String", TypeOf("Tel"));
            Assert.Equal("String", TypeOf("Plz"));
            Assert.Equal("String", TypeOf("Konto"));
            Assert.Equal("Attachment", TypeOf("Beleg"));
            Assert.Null(type.GetProperty("Hinweis"));
            Assert.Equal("IReadOnlyList<KinderItem>", TypeOf("Kinder"));

            var empty = System.Activator.CreateInstance(type)!;
            Assert.Empty((System.Collections.IEnumerable)type.GetProperty("Kinder")!.GetValue(empty)!);
        }

        private static string Describe(System.Type t) =>
            t.IsGenericType ? t.Name[..t.Name.IndexOf('`')] + "<" + string.Join(", ", t.GetGenericArguments().Select(Describe)) + ">" : t.Name;
    }
}
