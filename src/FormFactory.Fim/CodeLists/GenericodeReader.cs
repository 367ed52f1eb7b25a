using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.Reading;
using FormFactory.Fim.Xml;

namespace FormFactory.Fim.CodeLists
{
    /// <summary>
    /// Reads OASIS genericode 1.0 code lists. The standard leaves the children of <c>CodeList</c> unqualified; FIM
    /// exports often qualify them with the <c>gc</c> prefix: both are read. Rows may name their column with
    /// <c>ColumnRef</c> or rely on the column order.
    /// </summary>
    public static class GenericodeReader
    {
        /// <summary>The genericode 1.0 namespace.</summary>
        public const string Namespace = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

        /// <summary>True when <paramref name="root"/> is a genericode code list.</summary>
        public static bool IsCodeList(XElement root) => root.Name.LocalName == "CodeList" && root.Name.NamespaceName == Namespace;

        /// <summary>Reads the list rooted at <paramref name="root"/>; null (with FF0706) when it cannot be used.</summary>
        public static GenericodeCodeList? Read(XElement root, string path, DiagnosticBag diagnostics)
        {
            var identification = XmlText.Child(root, "Identification");
            var columnSet = XmlText.Child(root, "ColumnSet");
            if (columnSet == null)
                return Fail(diagnostics, path, root, XmlText.Child(root, "ColumnSetRef") != null
                    ? "it refers to an external column set (ColumnSetRef); give a list with its own ColumnSet"
                    : "it has no ColumnSet");
            var columns = XmlText.Children(columnSet, "Column")
                .Select(c => new GenericodeColumn((string?)c.Attribute("Id") ?? "", XmlText.Line(XmlText.Child(c, "ShortName")),
                    string.Equals((string?)c.Attribute("Use"), "required", StringComparison.Ordinal)))
                .Where(c => c.Id.Length > 0)
                .ToList();
            if (columns.Count == 0) return Fail(diagnostics, path, columnSet, "its ColumnSet declares no column");
            var keys = XmlText.Children(columnSet, "Key")
                .Select(k => new GenericodeKey((string?)k.Attribute("Id") ?? "",
                    XmlText.Children(k, "ColumnRef").Select(r => (string?)r.Attribute("Ref") ?? "").Where(r => r.Length > 0).ToList()))
                .ToList();
            var simple = XmlText.Child(root, "SimpleCodeList");
            if (simple == null) return Fail(diagnostics, path, root, "it has no SimpleCodeList");
            var rows = new List<IReadOnlyDictionary<string, string>>();
            var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = columns.Count - 1; i >= 0; i--) columnIndex[columns[i].Id] = i;
            foreach (var row in XmlText.Children(simple, "Row")) rows.Add(ReadRow(row, columns, columnIndex));
            if (rows.Count == 0) return Fail(diagnostics, path, simple, "its SimpleCodeList has no rows");
            return new GenericodeCodeList
            {
                SourcePath = path,
                Line = XmlLocation.Line(root),
                ShortName = XmlText.Line(XmlText.Child(identification, "ShortName")),
                LongName = XmlText.Line(XmlText.Child(identification, "LongName")),
                Version = XmlText.Line(XmlText.Child(identification, "Version")),
                CanonicalUri = XmlText.Line(XmlText.Child(identification, "CanonicalUri")),
                CanonicalVersionUri = XmlText.Line(XmlText.Child(identification, "CanonicalVersionUri")),
                Columns = columns,
                Keys = keys,
                Rows = rows,
            };
        }

        private static Dictionary<string, string> ReadRow(XElement row, List<GenericodeColumn> columns, Dictionary<string, int> columnIndex)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            int next = 0;
            foreach (var value in XmlText.Children(row, "Value"))
            {
                string? column = (string?)value.Attribute("ColumnRef");
                int index = column == null ? next : columnIndex.TryGetValue(column, out int at) ? at : -1;
                if (column == null && index < columns.Count) column = columns[index].Id;
                next = index + 1;
                string? text = XmlText.Of(XmlText.Child(value, "SimpleValue"));
                if (column != null && text != null && !values.ContainsKey(column)) values[column] = text;
            }
            return values;
        }

        private static GenericodeCodeList? Fail(DiagnosticBag diagnostics, string path, XElement at, string why)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidGenericode, XmlLocation.Of(path, at), why);
            return null;
        }
    }
}
