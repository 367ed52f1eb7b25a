using System;
using System.Collections.Generic;

namespace FormFactory.Fim
{
    /// <summary>How to import.</summary>
    public sealed record FimImportOptions
    {
        /// <summary>
        /// The schema folder as seen from the output folder (default <c>schema</c>: the output is a definitions
        /// folder). Files name their schema with <c>$schema</c> relative to their own folder, e.g. <c>../schema/form.schema.json</c>.
        /// </summary>
        public string SchemaFolder { get; init; } = "schema";

        /// <summary>Ids already taken by other definitions of the catalog; imported files get other ids.</summary>
        public IReadOnlyCollection<string> ReservedIds { get; init; } = Array.Empty<string>();

        /// <summary>The service id to use instead of one made from the schema's name (only when one schema is imported).</summary>
        public string? ServiceId { get; init; }
    }
}
