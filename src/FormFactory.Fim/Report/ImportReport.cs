using System.Collections.Generic;
using System.Linq;

namespace FormFactory.Fim.Report
{
    /// <summary>What an import made of every FIM element: mapped, partly mapped (and what not) or not mapped (and why).</summary>
    public sealed class ImportReport
    {
        private readonly List<ImportReportEntry> _entries = new();
        private readonly List<string> _inputs = new();
        private readonly List<string> _outputs = new();

        /// <summary>Every element, in the order the import met them.</summary>
        public IReadOnlyList<ImportReportEntry> Entries => _entries;

        /// <summary>The files read, with what they held.</summary>
        public IReadOnlyList<string> Inputs => _inputs;

        /// <summary>The definition files written.</summary>
        public IReadOnlyList<string> Outputs => _outputs;

        /// <summary>The elements that need a look: partly or not mapped.</summary>
        public IEnumerable<ImportReportEntry> NeedsAttention => _entries.Where(e => e.Status != MappingStatus.Mapped);

        /// <summary>Adds an element.</summary>
        public void Add(ImportReportEntry entry) => _entries.Add(entry);

        /// <summary>
        /// Adds an element with notes; its status follows from <paramref name="notes"/> unless given. <paramref name="at"/>
        /// puts it before elements added since (a group before its fields, which are mapped first).
        /// </summary>
        public void Add(string kind, string fimId, string name, string source, string? mappedTo, IReadOnlyList<string> notes, MappingStatus? status = null, int? at = null) =>
            _entries.Insert(at ?? _entries.Count, new ImportReportEntry(kind, fimId, name, source, mappedTo,
                status ?? (mappedTo == null ? MappingStatus.NotMapped : notes.Count > 0 ? MappingStatus.Partly : MappingStatus.Mapped), notes.ToList()));

        /// <summary>Records a file read.</summary>
        public void AddInput(string description) => _inputs.Add(description);

        /// <summary>Records a file written.</summary>
        public void AddOutput(string path) => _outputs.Add(path);
    }
}
