using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>A small catalog stated inline: each method adds one definition file as an additional text.</summary>
    public sealed class DefinitionSet
    {
        private readonly List<AdditionalText> _texts = new();

        public IReadOnlyList<AdditionalText> Texts => _texts;

        public DefinitionSet File(string path, string json)
        {
            _texts.Add(new InMemoryAdditionalText(path, json));
            return this;
        }

        /// <summary>Adds <c>definitions/services/{id}.form.json</c> with one step holding <paramref name="fieldsJson"/> (a JSON array).</summary>
        public DefinitionSet Form(string id, string fieldsJson, string title = "Test") =>
            File(FormPath(id), FormJson(id, fieldsJson, title));

        /// <summary>Adds a code list whose labels are the codes.</summary>
        public DefinitionSet CodeList(string id, params string[] codes) =>
            CodeListWithLabels(id, codes.Select(c => (c, c)).ToArray());

        /// <summary>Adds a code list with the given codes and German labels.</summary>
        public DefinitionSet CodeListWithLabels(string id, params (string Code, string Label)[] values) =>
            File($"definitions/codelists/{id}.codelist.json",
                "{ \"id\": \"" + id + "\", \"values\": [" + string.Join(", ", values.Select(v => "{ \"code\": \"" + v.Code + "\", \"label\": \"" + v.Label + "\" }")) + "] }");

        public DefinitionSet Block(string id, string fieldsJson) =>
            File($"definitions/blocks/{id}.block.json", "{ \"id\": \"" + id + "\", \"title\": \"" + id + "\", \"fields\": " + fieldsJson + " }");

        public static string FormPath(string id) => $"definitions/services/{id}.form.json";

        public static string FormJson(string id, string fieldsJson, string title = "Test") =>
            "{ \"id\": \"" + id + "\", \"title\": \"" + title + "\", \"steps\": [ { \"id\": \"schritt\", \"title\": \"Schritt\", \"fields\": " + fieldsJson + " } ] }";
    }
}
