using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Writes a code list's enum and a static class that maps members to codes and back. The mapping is plain code
    /// rather than attributes because System.Text.Json's own generator cannot see what this generator writes.
    /// </summary>
    internal static class CodeListEmitter
    {
        /// <summary>The source file for <paramref name="list"/>; the enum lives in <paramref name="rootNamespace"/>.CodeLists.</summary>
        public static string Emit(CodeListSpec list, string rootNamespace)
        {
            var w = new CodeWriter();
            SourceHeader.Write(w, "code list " + list.Id);
            w.Line("namespace " + rootNamespace + ".CodeLists").Open();
            WriteEnum(w, list);
            w.Line();
            WriteMapping(w, list);
            w.Close();
            return w.ToString();
        }

        private static void WriteEnum(CodeWriter w, CodeListSpec list)
        {
            w.Doc(list.Doc);
            w.Line("public enum " + list.EnumName).Open();
            for (int i = 0; i < list.Members.Count; i++)
            {
                if (i > 0) w.Line();
                w.Doc(list.Members[i].Doc);
                w.Line(list.Members[i].Name + ",");
            }
            w.Close();
        }

        private static void WriteMapping(CodeWriter w, CodeListSpec list)
        {
            string e = list.EnumName;
            w.Summary("Converts between <see cref=\"" + e + "\"/> and the codes of code list <c>" + XmlText.Escape(list.Id) + "</c> as they appear in JSON.");
            w.Line("public static class " + list.MappingName).Open();
            w.Summary("The code list's id.");
            w.Line("public const string CodeListId = " + CSharpLiteral.String(list.Id) + ";").Line();
            w.Summary("The code list's version; null when it has none.");
            w.Line("public const string? Version = " + CSharpLiteral.String(list.Version) + ";").Line();

            w.Summary("Every code, in the order of the code list.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Codes { get; } = new string[]").Open();
            foreach (var m in list.Members) w.Line(CSharpLiteral.String(m.Code) + ",");
            w.Close(";").Line();

            w.Summary("The code that stands for <paramref name=\"value\"/>.");
            w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is no member of the enum.</exception>");
            w.Line($"public static string ToCode({e} value) => TryToCode(value, out string code) ? code")
                .Line("    : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"No member of " + e + ".\");").Line();

            w.Summary("The code that stands for <paramref name=\"value\"/>; false when the value is no member of the enum.");
            w.Line($"public static bool TryToCode({e} value, out string code)").Open();
            w.Line("switch (value)").Open();
            foreach (var m in list.Members) w.Line($"case {e}.{m.Name}: code = {CSharpLiteral.String(m.Code)}; return true;");
            w.Line("default: code = \"\"; return false;");
            w.Close();
            w.Close().Line();

            w.Summary("Finds the member for <paramref name=\"code\"/>; false when the code list has no such code (codes are case-sensitive).");
            w.Line($"public static bool TryParse(string? code, out {e} value)").Open();
            w.Line("switch (code)").Open();
            foreach (var m in list.Members) w.Line($"case {CSharpLiteral.String(m.Code)}: value = {e}.{m.Name}; return true;");
            w.Line("default: value = default; return false;");
            w.Close();
            w.Close();
            w.Close();
        }
    }
}
