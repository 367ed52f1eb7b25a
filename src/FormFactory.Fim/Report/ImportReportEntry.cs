using System.Collections.Generic;

namespace FormFactory.Fim.Report
{
    /// <summary>How completely an element made it into the definitions.</summary>
    public enum MappingStatus
    {
        /// <summary>Everything that matters was mapped.</summary>
        Mapped,
        /// <summary>Mapped, but something was left out or changed; the notes say what and why.</summary>
        Partly,
        /// <summary>Not mapped at all; the notes say why.</summary>
        NotMapped,
    }

    /// <summary>One FIM element in the import report.</summary>
    /// <param name="Kind">Stammdatenschema, Datenfeldgruppe, Datenfeld, Regel or Codeliste.</param>
    /// <param name="FimId">Its FIM id with version (<c>F60000227V1.1</c>), or the code list's URI.</param>
    /// <param name="Name">Its FIM name.</param>
    /// <param name="Source">Where it is: file and line.</param>
    /// <param name="MappedTo">What it became (file and path), or null.</param>
    /// <param name="Status">How completely.</param>
    /// <param name="Notes">What was not mapped or was changed, and why.</param>
    public sealed record ImportReportEntry(string Kind, string FimId, string Name, string Source, string? MappedTo, MappingStatus Status, IReadOnlyList<string> Notes);
}
