using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Syntax;
using FormFactory.Definitions.Text;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Binding
{
    /// <summary>Readers for the files that need no other file: code lists, factory settings, block headers.</summary>
    internal static class SmallFileReaders
    {
        public static CodeListModel? ReadCodeList(JsonObjectSyntax root, DiagnosticBag diagnostics)
        {
            var r = new ObjectReader(root, diagnostics, new MessagePart("the code list", "Codeliste"));
            r.SchemaReference();
            var id = r.Id();
            var version = r.NonEmptyStringSyntax("version")?.Value;
            var title = r.Text("title");
            var source = r.String("source");
            var valuesSyntax = r.Array("values", required: true);
            r.ReportUnknown();
            var values = new List<CodeValue>();
            var seen = new HashSet<string>();
            if (valuesSyntax != null && valuesSyntax.Items.Count > DefinitionLimits.MaxCodeListValues)
                diagnostics.Report(DiagnosticDescriptors.CodeListTooLong, valuesSyntax.Location, id?.Value, valuesSyntax.Items.Count.ToString(CultureInfo.InvariantCulture),
                    DefinitionLimits.MaxCodeListValues.ToString(CultureInfo.InvariantCulture));
            foreach (var obj in ObjectItems.Of(valuesSyntax, "values", diagnostics))
            {
                if (values.Count == DefinitionLimits.MaxCodeListValues) break;
                var vr = new ObjectReader(obj, diagnostics, new MessagePart("a code list value", "Wert der Codeliste"));
                var code = vr.NonEmptyStringSyntax("code", required: true);
                var label = vr.Text("label", required: true);
                var description = vr.Text("description");
                vr.ReportUnknown();
                if (code == null || label == null) continue;
                if (PortableText.FirstUnportable(code.Value) is int bad and >= 0)
                {
                    diagnostics.Report(DiagnosticDescriptors.UnportableCode, code.Location, PortableText.Quote(code.Value), PortableText.Describe(code.Value, bad));
                    continue;
                }
                if (!seen.Add(code.Value))
                {
                    diagnostics.Report(DiagnosticDescriptors.DuplicateCode, code.Location, code.Value, id?.Value);
                    continue;
                }
                values.Add(new CodeValue(code.Value, label, description));
            }
            if (valuesSyntax != null && valuesSyntax.Items.Count == 0 && id != null)
                diagnostics.Report(DiagnosticDescriptors.EmptyCodeList, valuesSyntax.Location, id.Value);
            return id == null ? null : new CodeListModel(id.Value, version, title, source, values.ToEquatableArray());
        }

        public static FactorySettings ReadSettings(JsonObjectSyntax root, DiagnosticBag diagnostics)
        {
            var r = new ObjectReader(root, diagnostics, new MessagePart("the factory settings", "Fabrikeinstellungen"));
            r.SchemaReference();
            var name = r.String("name", required: true) ?? FactorySettings.Default.Name;
            var targetSyntax = root.Find("targetPerWeek");
            var target = r.Number("targetPerWeek");
            if (target <= 0)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidValue, targetSyntax!.Value.Location, "targetPerWeek", "must be greater than 0");
                target = null;
            }
            var start = r.StringSyntax("start");
            if (start != null && !DateLiterals.TryParse(start.Value, out _))
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidDateLiteral, start.Location, start.Value);
                start = null;
            }
            var languages = new List<string>();
            var listed = r.StringList("languages");
            foreach (var l in listed ?? new List<JsonStringSyntax>())
            {
                if (!TextReader.IsLanguageCode(l.Value))
                    diagnostics.Report(DiagnosticDescriptors.UnknownOption, l.Location, "language", l.Value, "two lower-case letters such as de, en");
                else if (!languages.Contains(l.Value))
                {
                    languages.Add(l.Value);
                    if (!FactorySettings.PageLanguages.Contains(l.Value))
                        diagnostics.Report(DiagnosticDescriptors.LanguageWithoutPages, l.Location, l.Value, string.Join(" and ", FactorySettings.PageLanguages));
                }
            }
            if (!languages.Contains("de")) languages.Insert(0, "de");
            var model = r.StringSyntax("maturityModel");
            string maturityModel = "1.1";
            if (model != null)
            {
                if (FormBinder.Contains(Vocabulary.MaturityModels, model.Value)) maturityModel = model.Value;
                else diagnostics.Report(DiagnosticDescriptors.UnknownOption, model.Location, "maturity model", model.Value, "1.1, 2.0");
            }
            r.ReportUnknown();
            return new FactorySettings(name, target, start?.Value, languages.ToEquatableArray(), maturityModel) { LanguagesListed = listed != null };
        }

        /// <summary>Reads a block's own properties; its fields are read where it is included (and once on their own).</summary>
        public static BlockModel? ReadBlockHeader(JsonObjectSyntax root, string path, DiagnosticBag diagnostics)
        {
            var r = new ObjectReader(root, diagnostics, new MessagePart("the block", "Baustein"));
            r.SchemaReference();
            var id = r.Id();
            var version = r.NonEmptyStringSyntax("version")?.Value;
            var title = r.Text("title");
            var fim = r.NonEmptyStringSyntax("fim")?.Value;
            var notes = FormBinder.Strings(r, "notes");
            r.Array("fields", required: true);
            r.ReportUnknown();
            return id == null ? null : new BlockModel(id.Value, path, version, title, fim) { Notes = notes };
        }
    }
}
