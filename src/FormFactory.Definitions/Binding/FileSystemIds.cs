using System;
using System.Collections.Generic;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// Ids meet the file system: a definition's file is named after its id, and a build writes
    /// <c>TENANT/SERVICE/</c> and <c>TENANT/SERVICE.zip</c> next to the portal's <c>TENANT/assets/</c>. So an id must
    /// not name a folder of the output layout (FF0111), must differ from every other id of its kind in more than case
    /// (FF0112: on Windows and macOS both would be one file), and must be a name Windows can hold (FF0113).
    /// </summary>
    internal static class FileSystemIds
    {
        /// <summary>Names the output layout uses inside a tenant's folder, beside the services' packages.</summary>
        public static readonly IReadOnlyList<string> ReservedByLayout = new[] { "assets" };

        /// <summary>Checks the ids of one kind ("service", "tenant", …), in file order; the later of two reports the clash.</summary>
        public static void Check(IReadOnlyList<(string Id, SourceLocation Location)> ids, string kind, bool inOutput, DiagnosticBag diagnostics)
        {
            var seen = new Dictionary<string, (string Id, SourceLocation Location)>(StringComparer.OrdinalIgnoreCase);
            foreach (var (id, location) in ids)
            {
                if (inOutput && Contains(ReservedByLayout, id))
                    diagnostics.Report(DiagnosticDescriptors.IdReservedByLayout, location, id, kind);
                if (IsWindowsDeviceName(id))
                    diagnostics.Report(DiagnosticDescriptors.IdWindowsCannotHold, location, id);
                if (seen.TryGetValue(id, out var other) && other.Id != id)
                    diagnostics.Report(DiagnosticDescriptors.IdsDifferOnlyInCase, location, id, other.Id, kind, other.Location.Path);
                else if (!seen.ContainsKey(id)) seen[id] = (id, location);
            }
        }

        /// <summary>True for the device names Windows reserves in every folder, with or without an extension: con, prn, aux, nul, com0-9, lpt0-9.</summary>
        public static bool IsWindowsDeviceName(string id)
        {
            string name = id.ToLowerInvariant();
            if (name is "con" or "prn" or "aux" or "nul") return true;
            return name.Length == 4 && (name.StartsWith("com", StringComparison.Ordinal) || name.StartsWith("lpt", StringComparison.Ordinal)) && char.IsDigit(name[3]);
        }

        private static bool Contains(IReadOnlyList<string> names, string id)
        {
            foreach (var name in names)
                if (string.Equals(name, id, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }
}
