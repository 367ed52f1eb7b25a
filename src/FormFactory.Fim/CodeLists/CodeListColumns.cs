using System;
using System.Linq;

namespace FormFactory.Fim.CodeLists
{
    /// <summary>Which columns of a genericode list hold the codes and the labels.</summary>
    /// <param name="Code">The code column's id.</param>
    /// <param name="Name">The label column's id.</param>
    /// <param name="How">How they were chosen, for the import report.</param>
    public sealed record CodeListColumns(string Code, string Name, string How)
    {
        private static readonly string[] NameColumns = { "name", "bezeichnung", "beschreibung", "label" };
        private static readonly string[] NameParts = { "name", "text", "bezeichnung", "beschreibung" };

        /// <summary>
        /// Chooses the columns: as the referring field declares (XDatenfelder 3 <c>codeKey</c>/<c>nameKey</c>, a key
        /// or column id), else by the list's keys (FIM: <c>codeKey</c>, <c>codenameKey</c>), else by column names.
        /// </summary>
        public static CodeListColumns Choose(GenericodeCodeList list, string? codeKey = null, string? nameKey = null)
        {
            string? code = Resolve(list, codeKey);
            string? codeHow = code == null ? null : $"codes from column '{code}' as the field declares ('{codeKey}')";
            if (code == null && KeyColumn(list, "codeKey") is string k)
            {
                code = k;
                codeHow = $"codes from column '{k}' (key codeKey)";
            }
            if (code == null && list.Keys.FirstOrDefault(x => x.Columns.Count > 0) is GenericodeKey first)
            {
                code = first.Columns[0];
                codeHow = $"codes from column '{code}' (key {first.Id}, the list's first key)";
            }
            if (code == null)
            {
                code = (list.Columns.FirstOrDefault(c => c.Required) ?? list.Columns[0]).Id;
                codeHow = $"codes from column '{code}' (the list declares no key; its first required column)";
            }

            string? name = Resolve(list, nameKey);
            string? nameHow = name == null ? null : $"labels from column '{name}' as the field declares ('{nameKey}')";
            if (name == null && (KeyColumn(list, "codenameKey") ?? KeyColumn(list, "nameKey")) is string n && n != code)
            {
                name = n;
                nameHow = $"labels from column '{n}' (key {(KeyColumn(list, "codenameKey") != null ? "codenameKey" : "nameKey")})";
            }
            string codeColumn = code;
            var others = list.Columns.Where(c => c.Id != codeColumn).ToList();
            if (name == null && others.FirstOrDefault(c => NameColumns.Any(x => Is(c, x))) is GenericodeColumn named)
            {
                name = named.Id;
                nameHow = $"labels from column '{name}' (by its name)";
            }
            if (name == null && others.FirstOrDefault(c => NameParts.Any(x => Contains(c, x))) is GenericodeColumn like)
            {
                name = like.Id;
                nameHow = $"labels from column '{name}' (its name suggests a label)";
            }
            if (name == null && (others.FirstOrDefault(c => c.Required) ?? others.FirstOrDefault()) is GenericodeColumn other)
            {
                name = other.Id;
                nameHow = $"labels from column '{name}' (the first other column; no column is named as a label)";
            }
            if (name == null)
            {
                name = code;
                nameHow = "labels are the codes (the list has a single column)";
            }
            return new CodeListColumns(code, name, codeHow + ", " + nameHow);
        }

        private static string? Resolve(GenericodeCodeList list, string? reference)
        {
            if (string.IsNullOrWhiteSpace(reference)) return null;
            var key = list.Keys.FirstOrDefault(k => string.Equals(k.Id, reference, StringComparison.OrdinalIgnoreCase) && k.Columns.Count > 0);
            if (key != null) return key.Columns[0];
            return list.Columns.FirstOrDefault(c => string.Equals(c.Id, reference, StringComparison.OrdinalIgnoreCase))?.Id;
        }

        private static string? KeyColumn(GenericodeCodeList list, string keyId) =>
            list.Keys.FirstOrDefault(k => string.Equals(k.Id, keyId, StringComparison.OrdinalIgnoreCase) && k.Columns.Count > 0)?.Columns[0];

        private static bool Is(GenericodeColumn c, string name) =>
            string.Equals(c.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(c.ShortName, name, StringComparison.OrdinalIgnoreCase);

        private static bool Contains(GenericodeColumn c, string part) =>
            c.Id.Contains(part, StringComparison.OrdinalIgnoreCase) || (c.ShortName?.Contains(part, StringComparison.OrdinalIgnoreCase) ?? false);
    }
}
