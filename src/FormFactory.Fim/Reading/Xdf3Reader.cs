using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.Model;

namespace FormFactory.Fim.Reading
{
    /// <summary>
    /// Reads XDatenfelder 3 (<c>urn:xoev-de:fim:standard:xdatenfelder_3.0.0</c>): <c>praezisierung</c> carries
    /// attributes (<c>minLength="1" maxLength="55"</c>), rules have <c>freitextRegel</c>, <c>typ</c> and
    /// <c>skript</c>, and fields may list their values (<c>werte</c>), name the code list's key columns
    /// (<c>codeKey</c>, <c>nameKey</c>), be prefilled (<c>vorbefuellung</c>) and limit files (<c>maxSize</c>, <c>mediaType</c>).
    /// </summary>
    public sealed class Xdf3Reader : XdfReader
    {
        /// <summary>The XDatenfelder 3.0.0 namespace; later 3.x namespaces are read the same way.</summary>
        public const string Namespace = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";

        /// <summary>Creates a reader for the file <paramref name="path"/>.</summary>
        public Xdf3Reader(string path, DiagnosticBag diagnostics) : base(path, diagnostics) { }

        /// <inheritdoc />
        protected override int Version => 3;

        /// <inheritdoc />
        protected override string? RuleText(XElement regel) =>
            XmlText.Of(XmlText.Child(regel, "freitextRegel")) ?? XmlText.Of(XmlText.Child(regel, "beschreibung"));

        /// <inheritdoc />
        protected override string? RuleScript(XElement regel) => XmlText.Of(XmlText.Child(regel, "skript"));

        /// <inheritdoc />
        protected override FimConstraints ReadConstraints(XElement? praezisierung, List<string> problems)
        {
            if (praezisierung == null) return new FimConstraints();
            var c = new FimConstraints();
            var other = new List<KeyValuePair<string, string>>();
            foreach (var a in praezisierung.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                string value = a.Value;
                switch (a.Name.LocalName)
                {
                    case "minLength": c = c with { MinLength = Xdf2Reader.Int("minLength", value, problems) }; break;
                    case "maxLength": c = c with { MaxLength = Xdf2Reader.Int("maxLength", value, problems) }; break;
                    case "minValue": c = c with { MinValue = Blank(value) }; break;
                    case "maxValue": c = c with { MaxValue = Blank(value) }; break;
                    case "pattern": c = c with { Pattern = Blank(value) }; break;
                    default: other.Add(new KeyValuePair<string, string>(a.Name.LocalName, value)); break;
                }
            }
            string? text = XmlText.Line(praezisierung);
            if (text != null) other.Add(new KeyValuePair<string, string>("(text)", text));
            return c with { Other = other };
        }

        /// <inheritdoc />
        protected override FimField ReadFieldExtras(XElement datenfeld, FimField field, List<string> problems)
        {
            var values = XmlText.Children(XmlText.Child(datenfeld, "werte"), "wert")
                .Select(w => new FimValue(
                    XmlText.Line(XmlText.Child(w, "code")) ?? "",
                    XmlText.Line(XmlText.Child(w, "name")) ?? "",
                    XmlText.Of(XmlText.Child(w, "hilfe"))))
                .ToList();
            long? maxSize = null;
            string? size = XmlText.Line(XmlText.Child(datenfeld, "maxSize"));
            if (size != null)
            {
                if (long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out long n)) maxSize = n;
                else problems.Add($"maxSize '{size}' is not a whole number; ignored");
            }
            return field with
            {
                Values = values,
                Prefill = XmlText.Code(XmlText.Child(datenfeld, "vorbefuellung")),
                MaxSize = maxSize,
                MediaTypes = XmlText.Children(datenfeld, "mediaType").Select(XmlText.Line).Where(m => m != null).Select(m => m!).ToList(),
                CodeKey = XmlText.Line(XmlText.Child(datenfeld, "codeKey")),
                NameKey = XmlText.Line(XmlText.Child(datenfeld, "nameKey")),
            };
        }

        private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
