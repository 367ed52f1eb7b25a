using System;

namespace FormFactory.Definitions
{
    /// <summary>The kinds of definition file, told apart by their name.</summary>
    public enum DefinitionFileKind
    {
        /// <summary><c>*.form.json</c></summary>
        Form,
        /// <summary><c>*.block.json</c></summary>
        Block,
        /// <summary><c>*.codelist.json</c></summary>
        CodeList,
        /// <summary><c>*.tenant.json</c></summary>
        Tenant,
        /// <summary><c>factory.json</c></summary>
        Factory,
        /// <summary>Anything else.</summary>
        Unknown,
    }

    /// <summary>A definition file's path and text. The core never touches the disk; hosts (CLI, generator) supply these.</summary>
    /// <param name="Path">The path shown in diagnostics.</param>
    /// <param name="Text">The file's content.</param>
    public sealed record DefinitionFile(string Path, string Text)
    {
        /// <summary>The kind, from the file name.</summary>
        public DefinitionFileKind Kind => KindOf(Path);

        /// <summary>The kind of the file at <paramref name="path"/>.</summary>
        public static DefinitionFileKind KindOf(string path)
        {
            string name = FileName(path);
            if (name.EndsWith(".form.json", StringComparison.OrdinalIgnoreCase)) return DefinitionFileKind.Form;
            if (name.EndsWith(".block.json", StringComparison.OrdinalIgnoreCase)) return DefinitionFileKind.Block;
            if (name.EndsWith(".codelist.json", StringComparison.OrdinalIgnoreCase)) return DefinitionFileKind.CodeList;
            if (name.EndsWith(".tenant.json", StringComparison.OrdinalIgnoreCase)) return DefinitionFileKind.Tenant;
            if (string.Equals(name, "factory.json", StringComparison.OrdinalIgnoreCase)) return DefinitionFileKind.Factory;
            return DefinitionFileKind.Unknown;
        }

        /// <summary>The id the file name promises (<c>hundAnmelden</c> for <c>hundAnmelden.form.json</c>).</summary>
        public string? IdFromName
        {
            get
            {
                string name = FileName(Path);
                int dot = name.IndexOf('.');
                return Kind is DefinitionFileKind.Factory or DefinitionFileKind.Unknown || dot <= 0 ? null : name.Substring(0, dot);
            }
        }

        /// <summary>The ending that goes with the kind, e.g. <c>.form.json</c>.</summary>
        public string Ending => Kind switch
        {
            DefinitionFileKind.Form => ".form.json",
            DefinitionFileKind.Block => ".block.json",
            DefinitionFileKind.CodeList => ".codelist.json",
            DefinitionFileKind.Tenant => ".tenant.json",
            _ => ".json",
        };

        private static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }
    }
}
