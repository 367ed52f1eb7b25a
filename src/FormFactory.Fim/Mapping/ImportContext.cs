using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.Model;
using FormFactory.Fim.Report;

namespace FormFactory.Fim.Mapping
{
    /// <summary>Everything one import run shares: options, names taken, files written, the report.</summary>
    internal sealed class ImportContext
    {
        public ImportContext(FimImportOptions options, DiagnosticBag diagnostics)
        {
            Options = options;
            Diagnostics = diagnostics;
            FormIds = new NameScope(options.ReservedIds);
            BlockIds = new NameScope(options.ReservedIds);
            CodeListIds = new NameScope(options.ReservedIds);
            CodeLists = new CodeListRegistry(this);
            Blocks = new BlockRegistry(this);
            Containers = new ContainerMapper(this);
            Fields = new FieldMapper(this);
            Rules = new RuleApplier(this);
        }

        public FimImportOptions Options { get; }
        public DiagnosticBag Diagnostics { get; }
        public ImportReport Report { get; } = new ImportReport();
        public NameScope FormIds { get; }
        public NameScope BlockIds { get; }
        public NameScope CodeListIds { get; }
        public CodeListRegistry CodeLists { get; }
        public BlockRegistry Blocks { get; }
        public ContainerMapper Containers { get; }
        public FieldMapper Fields { get; }
        public RuleApplier Rules { get; }
        public List<MappedFile> Files { get; } = new List<MappedFile>();

        /// <summary>The file of the schema being imported, for the report.</summary>
        public string CurrentSource { get; set; } = "";

        /// <summary>Where <paramref name="line"/> of the current file is, for the report.</summary>
        public string Source(int line) => Path.GetFileName(CurrentSource) + (line > 0 ? ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

        /// <summary>The <c>$schema</c> value for a file of <paramref name="kind"/> (form, block, codelist) one folder below the output.</summary>
        public string SchemaReference(string kind) => "../" + Options.SchemaFolder.Replace('\\', '/').TrimEnd('/') + "/" + kind + ".schema.json";

        /// <summary>Adds a file to the output.</summary>
        public void AddFile(string path, JsonObject json) => Files.Add(new MappedFile(path, json));

        /// <summary>Adds a report entry for <paramref name="element"/>.</summary>
        public void ReportElement(string kind, FimElement element, string? mappedTo, IReadOnlyList<string> notes, MappingStatus? status = null, int? at = null)
        {
            var all = new List<string>(element.ReadProblems);
            all.AddRange(notes);
            Report.Add(kind, element.Identification.ToString(), element.Name, Source(element.Line), mappedTo, all, status, at);
        }
    }
}
