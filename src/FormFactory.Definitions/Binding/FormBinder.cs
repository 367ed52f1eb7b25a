using System.Collections.Generic;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Binding
{
    /// <summary>Binds one service file against the catalog's blocks and code lists.</summary>
    internal sealed class FormBinder
    {
        private readonly BindingContext _context;
        private readonly FactorySettings _settings;

        public FormBinder(BindingContext context, FactorySettings settings)
        {
            _context = context;
            _settings = settings;
        }

        private DiagnosticBag Diagnostics => _context.Diagnostics;

        /// <summary>Binds <paramref name="root"/>; returns null when the service cannot be used.</summary>
        public FormModel? Bind(JsonObjectSyntax root, string path, int errorsBefore)
        {
            var reader = new ObjectReader(root, Diagnostics, new MessagePart("the service", "Leistung"));
            reader.SchemaReference();
            var id = reader.Id();
            var version = reader.NonEmptyStringSyntax("version")?.Value;
            var title = reader.Text("title", required: true);
            var summary = reader.Text("summary");
            var keywords = Strings(reader, "keywords");
            var leika = reader.StringSyntax("leika");
            if (leika != null && !IsDigits(leika.Value, 14))
                Diagnostics.Report(DiagnosticDescriptors.InvalidValue, leika.Location, "leika", "must be a LeiKa key of 14 digits");
            var ozg = ReadOzg(reader);
            var relevance = VocabularyList(reader, "relevance", Vocabulary.MunicipalityTypes, DiagnosticDescriptors.UnknownMunicipalityType);
            var legalBasis = Strings(reader, "legalBasis");
            var fim = reader.NonEmptyStringSyntax("fim")?.Value;
            var notes = Strings(reader, "notes");
            var factoryInfo = FactoryInfoReader.Read(reader.Object("factory"), Diagnostics, _settings);
            var submission = ReadSubmission(reader);

            var rootSymbol = new FieldSymbol("", FieldModel.RootKind, false, null, null);
            var steps = new List<(JsonStringSyntax? Id, LocalizedText? Title, LocalizedText? Description, List<FieldDraft> Fields)>();
            var stepIds = new SiblingIds("by the step");
            var fieldIds = new SiblingIds();
            var fieldReader = new FieldReader(_context);
            var stepsSyntax = reader.Array("steps", required: true);
            if (stepsSyntax != null && stepsSyntax.Items.Count == 0)
                Diagnostics.Report(DiagnosticDescriptors.InvalidValue, stepsSyntax.Location, "steps", "needs at least one step");
            foreach (var stepSyntax in ObjectItems.Of(stepsSyntax, "steps", Diagnostics))
            {
                var sr = new ObjectReader(stepSyntax, Diagnostics, new MessagePart("a step", "Schritt"));
                var stepId = sr.Id();
                if (stepId != null)
                {
                    sr.What = new MessagePart($"the step '{stepId.Value}'", $"Schritt '{stepId.Value}'");
                    stepIds.Register(stepId, Diagnostics);
                }
                var stepTitle = sr.Text("title", required: true);
                var description = sr.Text("description");
                var fields = sr.Array("fields", required: true);
                sr.ReportUnknown();
                var drafts = fields == null ? new List<FieldDraft>() : fieldReader.ReadFields(fields, rootSymbol, rootSymbol, fieldIds);
                steps.Add((stepId, stepTitle, description, drafts));
            }

            var logic = new FieldLogicBinder(Diagnostics);
            var stepModels = new List<StepModel>();
            var allDrafts = new List<FieldDraft>();
            foreach (var (stepId, stepTitle, description, drafts) in steps)
            {
                var fields = logic.Bind(drafts);
                allDrafts.AddRange(drafts);
                if (stepId != null && stepTitle != null) stepModels.Add(new StepModel(stepId.Value, stepTitle, description, fields));
            }
            VisibilityAnalysis.Check(allDrafts, Diagnostics);
            RenderedSize.Check(allDrafts, Diagnostics);
            var rules = RuleBinder.Read(reader.Array("rules"), rootSymbol, Diagnostics);
            reader.ReportUnknown();

            if (id == null || title == null || CountErrors() > errorsBefore) return null;
            return new FormModel
            {
                Id = id.Value,
                SourcePath = path,
                Version = version,
                Title = title,
                Summary = summary,
                Keywords = keywords,
                Leika = leika?.Value,
                Ozg = ozg,
                Relevance = relevance,
                LegalBasis = legalBasis,
                Fim = fim,
                Notes = notes,
                Factory = factoryInfo,
                Steps = stepModels.ToEquatableArray(),
                Rules = rules,
                Submission = submission,
            };
        }

        /// <summary>
        /// Checks a block on its own, as if a form included it at the root, so blocks no form uses are checked too.
        /// Problems found again through a form's inclusion are dropped as duplicates later.
        /// </summary>
        public void BindBlockAlone(string blockId)
        {
            var rootSymbol = new FieldSymbol("", FieldModel.RootKind, false, null, null);
            var block = _context.Blocks[blockId];
            if (block.Find("fields")?.Value is not JsonArraySyntax fields) return;
            var holder = new FieldSymbol(blockId, FieldKind.Group, false, rootSymbol, rootSymbol);
            rootSymbol.AddChild(holder);
            _context.BlockStack.Add(blockId);
            var drafts = new FieldReader(_context).ReadFields(fields, holder, holder, new SiblingIds());
            _context.BlockStack.Clear();
            new FieldLogicBinder(Diagnostics).Bind(drafts);
            VisibilityAnalysis.Check(drafts, Diagnostics);
            RenderedSize.Check(drafts, Diagnostics);
        }

        private int CountErrors()
        {
            int n = 0;
            foreach (var d in Diagnostics.Items) if (d.IsError) n++;
            return n;
        }

        private static OzgClassification? ReadOzg(ObjectReader reader)
        {
            var o = reader.Object("ozg");
            if (o == null) return null;
            var r = new ObjectReader(o, reader.Diagnostics, new MessagePart("'ozg'", "'ozg'"));
            var result = new OzgClassification(r.String("themenfeld"), r.String("leistungsbuendel"), r.String("leistung"));
            r.ReportUnknown();
            return result;
        }

        private SubmissionSettings? ReadSubmission(ObjectReader reader)
        {
            var o = reader.Object("submission");
            if (o == null) return null;
            var r = new ObjectReader(o, Diagnostics, new MessagePart("'submission'", "'submission'"));
            var reference = r.NonEmptyStringSyntax("reference")?.Value;
            var formats = new List<string>();
            foreach (var f in r.StringList("formats") ?? new List<JsonStringSyntax>())
            {
                if (!Contains(Vocabulary.SubmissionFormats, f.Value))
                    Diagnostics.Report(DiagnosticDescriptors.UnknownOption, f.Location, "submission format", f.Value, string.Join(", ", Vocabulary.SubmissionFormats));
                else if (!formats.Contains(f.Value)) formats.Add(f.Value);
            }
            r.ReportUnknown();
            return new SubmissionSettings(reference, formats.ToEquatableArray());
        }

        /// <summary>Reads a list of words from a closed vocabulary.</summary>
        internal static EquatableArray<string> VocabularyList(ObjectReader reader, string name, IReadOnlyList<string> vocabulary, DiagnosticDescriptor unknown)
        {
            var result = new List<string>();
            foreach (var s in reader.StringList(name) ?? new List<JsonStringSyntax>())
            {
                if (!Contains(vocabulary, s.Value)) reader.Diagnostics.Report(unknown, s.Location, s.Value);
                else if (!result.Contains(s.Value)) result.Add(s.Value);
            }
            return result.ToEquatableArray();
        }

        internal static EquatableArray<string> Strings(ObjectReader reader, string name)
        {
            var result = new List<string>();
            foreach (var s in reader.StringList(name) ?? new List<JsonStringSyntax>()) result.Add(s.Value);
            return result.ToEquatableArray();
        }

        internal static bool Contains(IReadOnlyList<string> list, string value)
        {
            foreach (var s in list) if (s == value) return true;
            return false;
        }

        internal static bool IsDigits(string s, int length)
        {
            if (s.Length != length) return false;
            foreach (char c in s) if (c < '0' || c > '9') return false;
            return true;
        }
    }
}
