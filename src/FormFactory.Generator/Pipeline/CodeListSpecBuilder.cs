using System.Collections.Generic;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Naming;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>Turns the catalog's code lists into enum specs with names that are unique together.</summary>
    internal static class CodeListSpecBuilder
    {
        /// <summary>One spec per list, in order. Enum names are claimed before mapping class names, so enums keep the plain ones.</summary>
        public static IReadOnlyList<CodeListSpec> Build(IReadOnlyList<CodeListModel> lists, HintNames hintNames)
        {
            var scope = new NameScope(System.Array.Empty<string>());
            var enumNames = new List<string>(lists.Count);
            foreach (var list in lists) enumNames.Add(scope.Claim(CSharpNames.Pascal(list.Id), "List"));

            var specs = new List<CodeListSpec>(lists.Count);
            for (int i = 0; i < lists.Count; i++)
            {
                var list = lists[i];
                string enumName = enumNames[i];
                string mappingName = scope.Claim(enumName + "Codes", "Map");
                var names = CodeMemberNames.For(enumName, list.Values);
                var members = new List<CodeMemberSpec>(list.Values.Count);
                for (int j = 0; j < list.Values.Count; j++)
                    members.Add(new CodeMemberSpec(names[j], list.Values[j].Code, DocBuilder.CodeValue(list.Values[j])));
                specs.Add(new CodeListSpec(list.Id, list.Version, hintNames.Claim("CodeLists." + enumName), enumName, mappingName,
                    DocBuilder.CodeList(list, mappingName), members.ToEquatableArray()));
            }
            return specs;
        }
    }
}
