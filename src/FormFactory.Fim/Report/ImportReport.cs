using System.Collections.Generic;
using System.Linq;

namespace FormFactory.Fim.Report
{
    /// <summary>What an import made of every FIM element: mapped, partly mapped (and what not) or not mapped (and why).</summary>
    public sealed class ImportReport
    {
        // Slots in report order; a reserved slot stays null until its element is added. Inserting into a list
        // instead made a large import quadratic (every group moved the entries after it).
        private readonly List<ImportReportEntry?> _slots = new();
        private List<ImportReportEntry>? _entries;
        private readonly List<string> _inputs = new();
        private readonly List<string> _outputs = new();

        /// <summary>Every element, in the order the import met them.</summary>
        public IReadOnlyList<ImportReportEntry> Entries => _entries ??= _slots.Where(e => e != null).Select(e => e!).ToList();

        /// <summary>The files read, with what they held.</summary>
        public IReadOnlyList<string> Inputs => _inputs;

        /// <summary>The definition files written.</summary>
        public IReadOnlyList<string> Outputs => _outputs;

        /// <summary>The elements that need a look: partly or not mapped.</summary>
        public IEnumerable<ImportReportEntry> NeedsAttention => Entries.Where(e => e.Status != MappingStatus.Mapped);

        /// <summary>Adds an element.</summary>
        public void Add(ImportReportEntry entry) => Put(entry, null);

        /// <summary>
        /// Keeps a place for an element that is added later, before the elements added in between (a group before
        /// its fields, which are mapped first): pass the result as <c>at</c> to <see cref="Add(string, string, string, string, string?, IReadOnlyList{string}, MappingStatus?, int?)"/>.
        /// </summary>
        public int Reserve()
        {
            _slots.Add(null);
            return _slots.Count - 1;
        }

        /// <summary>
        /// Adds an element with notes; its status follows from <paramref name="notes"/> unless given. <paramref name="at"/>
        /// fills a place kept with <see cref="Reserve"/>; without it the element goes last.
        /// </summary>
        public void Add(string kind, string fimId, string name, string source, string? mappedTo, IReadOnlyList<string> notes, MappingStatus? status = null, int? at = null) =>
            Put(new ImportReportEntry(kind, fimId, name, source, mappedTo,
                status ?? (mappedTo == null ? MappingStatus.NotMapped : notes.Count > 0 ? MappingStatus.Partly : MappingStatus.Mapped), notes.ToList()), at);

        private void Put(ImportReportEntry entry, int? at)
        {
            if (at is int slot) _slots[slot] = entry;
            else _slots.Add(entry);
            _entries = null;
        }

        /// <summary>Records a file read.</summary>
        public void AddInput(string description) => _inputs.Add(description);

        /// <summary>Records a file written.</summary>
        public void AddOutput(string path) => _outputs.Add(path);
    }
}
