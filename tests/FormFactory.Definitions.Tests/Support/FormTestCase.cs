using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Validation;

namespace FormFactory.Definitions.Tests.Support
{
    /// <summary>
    /// States a tiny catalog inline, in the spirit of pyxform's test harness: write the files, bind them, and
    /// assert on the diagnostics or the bound form. Default blocks and code lists are not added: say what you use.
    /// </summary>
    public sealed class FormTestCase
    {
        private readonly List<DefinitionFile> _files = new();

        /// <summary>Adds a file with the given path and JSON text.</summary>
        public FormTestCase File(string path, string json)
        {
            _files.Add(new DefinitionFile(path, json));
            return this;
        }

        /// <summary>Adds <c>services/{id}.form.json</c> with the given fields as one step (fields is a JSON array body).</summary>
        public FormTestCase Form(string id, string fieldsJson, string? rulesJson = null) =>
            File($"services/{id}.form.json",
                "{ \"id\": \"" + id + "\", \"title\": \"Test\", \"steps\": [ { \"id\": \"schritt\", \"title\": \"Schritt\", \"fields\": " + fieldsJson + " } ]"
                + (rulesJson == null ? "" : ", \"rules\": " + rulesJson) + " }");

        /// <summary>
        /// Adds <c>services/test.form.json</c> laid out so that positions are easy to count: line 1 is <c>{</c>, line 2
        /// holds id and title, line 3 opens the step, and <paramref name="fieldLines"/> start on line 4. Rules, if
        /// given, start two lines after the last field line.
        /// </summary>
        public FormTestCase FormLines(string fieldLines, string? ruleLines = null) =>
            File("services/test.form.json",
                "{\n  \"id\": \"test\", \"title\": \"Test\",\n  \"steps\": [ { \"id\": \"schritt\", \"title\": \"Schritt\", \"fields\": [\n"
                + fieldLines + "\n  ] } ]" + (ruleLines == null ? "" : ",\n  \"rules\": [\n" + ruleLines + "\n  ]") + "\n}\n");

        /// <summary>Adds a code list <paramref name="id"/> with the given codes (labels are the codes).</summary>
        public FormTestCase CodeList(string id, params string[] codes) =>
            File($"codelists/{id}.codelist.json",
                "{ \"id\": \"" + id + "\", \"values\": [" + string.Join(", ", codes.Select(c => "{ \"code\": \"" + c + "\", \"label\": \"" + c + "\" }")) + "] }");

        /// <summary>Adds a block <paramref name="id"/> with the given fields (a JSON array).</summary>
        public FormTestCase Block(string id, string fieldsJson) =>
            File($"blocks/{id}.block.json", "{ \"id\": \"" + id + "\", \"title\": \"" + id + "\", \"fields\": " + fieldsJson + " }");

        /// <summary>Binds all files.</summary>
        public CatalogResult Bind() => CatalogBinder.Bind(_files);

        /// <summary>Binds and returns the diagnostics.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics() => Bind().Diagnostics;

        /// <summary>Binds, asserts there are no errors, and returns the form <paramref name="id"/>.</summary>
        public FormModel BoundForm(string id = "test")
        {
            var result = Bind();
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            Assert.True(errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", errors));
            return result.Catalog.Form(id) ?? throw new InvalidOperationException($"Form '{id}' missing from the catalog.");
        }

        /// <summary>A validator for the bound form with today fixed to <paramref name="today"/> (default 2026-06-15).</summary>
        public ReferenceValidator Validator(string id = "test", DateTime? today = null)
        {
            var form = BoundForm(id);
            var date = today ?? new DateTime(2026, 6, 15);
            return new ReferenceValidator(form, () => date);
        }

        /// <summary>Asserts that the catalog reports exactly one diagnostic: <paramref name="id"/> at line and column. Returns it.</summary>
        public Diagnostic ExpectOnlyDiagnostic(string id, int line, int column)
        {
            var all = Diagnostics();
            Assert.True(all.Count == 1 && all[0].Id == id && all[0].Location.Line == line && all[0].Location.Column == column,
                $"Expected only {id} at ({line},{column}), got:\n" + string.Join("\n", all));
            return all[0];
        }

        /// <summary>Asserts a diagnostic with <paramref name="id"/> at line and column (others may be reported too), and returns it.</summary>
        public Diagnostic ExpectDiagnostic(string id, int line, int column)
        {
            var all = Diagnostics();
            var matching = all.Where(d => d.Id == id).ToList();
            Assert.True(matching.Count >= 1, $"Expected {id}, got:\n" + string.Join("\n", all));
            Assert.Contains(matching, d => d.Location.Line == line && d.Location.Column == column);
            return matching.First(d => d.Location.Line == line && d.Location.Column == column);
        }
    }

    /// <summary>Finds files of the repository (the sample catalog, docs) from a test's output folder.</summary>
    public static class RepositoryPaths
    {
        /// <summary>The folder that holds FormFactory.sln.</summary>
        public static string Root => FormFactory.Testing.Repository.Root;

        /// <summary>The bundled sample catalog.</summary>
        public static string Definitions => Path.Combine(Root, "definitions");

        /// <summary>Reads every definition file of the sample catalog (not the schemas) with repository-relative paths.</summary>
        public static IReadOnlyList<DefinitionFile> SampleFiles() =>
            Directory.EnumerateFiles(Definitions, "*.json", SearchOption.AllDirectories)
                .Where(f => !f.Replace('\\', '/').Contains("/schema/"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new DefinitionFile(Path.GetRelativePath(Root, f).Replace('\\', '/'), System.IO.File.ReadAllText(f)))
                .ToList();
    }
}
