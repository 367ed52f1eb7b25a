using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Model;

namespace FormFactory.Rendering.Tests.Support
{
    /// <summary>
    /// Random submissions for a bound form: every field absent, empty, plausible, implausible or of the wrong JSON
    /// type, so that visibility, requirement, checks and rules all get exercised.
    /// </summary>
    public static class RandomSubmissions
    {
        private static readonly string[] Texts =
        {
            "a", "Erika", "x y", "12345", "64380", "1234", "276098106543210", "DE89 3704 0044 0532 0130 00", "DE89370400440532013001", "a@b.de", "a@b",
            "+49 6151 123456", "06151/12", "12a", "DA-AB 123", "ä😀", new string('x', 200), "sonstige", "000", "<script>",
            "Zeile\nzwei", "a\tb", "a\u0001b", "\uFFFF", "a\u0085b", "a\u00A0b",
        };

        public static JsonObject For(FormModel form, Random r) => Group(form.Fields, r);

        private static JsonObject Group(IEnumerable<FieldModel> fields, Random r)
        {
            var o = new JsonObject();
            foreach (var f in fields)
            {
                if (f.Kind == FieldKind.Info) continue;
                int roll = r.Next(10);
                if (roll == 0) continue;
                if (roll == 1) { o[f.Id] = null; continue; }
                if (roll == 2 && f.Kind != FieldKind.Group) { o[f.Id] = ""; continue; }
                if (roll == 3 && r.Next(3) == 0) { o[f.Id] = WrongType(f, r); continue; }
                o[f.Id] = Value(f, r);
            }
            return o;
        }

        private static JsonNode? WrongType(FieldModel f, Random r) => r.Next(3) switch
        {
            0 => 7,
            1 => new JsonArray(),
            _ => f.Kind is FieldKind.Integer or FieldKind.Decimal or FieldKind.Money ? "12" : true,
        };

        private static JsonNode? Value(FieldModel f, Random r)
        {
            switch (f.Kind)
            {
                case FieldKind.Group when f.IsRepeated:
                    return new JsonArray(Enumerable.Range(0, r.Next(4)).Select(_ => (JsonNode)Group(f.Fields, r)).ToArray());
                case FieldKind.Group:
                    return Group(f.Fields, r);
                case FieldKind.Integer:
                    return r.Next(4) == 0 ? JsonValue.Create(r.Next(-3, 3) + 0.5m) : JsonValue.Create(r.Next(-5, 60));
                case FieldKind.Decimal:
                case FieldKind.Money:
                    return JsonValue.Create(Math.Round((decimal)(r.NextDouble() * 3000 - 100), r.Next(0, 4)));
                case FieldKind.Date:
                    return r.Next(8) == 0 ? "2026-02-30" : new DateTime(2026, 6, 15).AddDays(r.Next(-30000, 400)).ToString("yyyy-MM-dd");
                case FieldKind.Boolean:
                    return r.Next(2) == 0;
                case FieldKind.Choice:
                    return f.CodeList != null && r.Next(6) != 0 ? f.CodeList.Values[r.Next(f.CodeList.Values.Count)].Code : "unbekannt";
                case FieldKind.MultiChoice:
                    var codes = f.CodeList?.Values.Select(v => v.Code).Where(_ => r.Next(3) == 0).ToList() ?? new List<string>();
                    if (r.Next(8) == 0) codes.Add("unbekannt");
                    return new JsonArray(codes.Select(c => (JsonNode)c).ToArray());
                case FieldKind.File:
                    var types = new[] { "application/pdf", "image/jpeg", "image/png", "text/html", "IMAGE/PNG" };
                    return new JsonObject
                    {
                        ["name"] = "datei.pdf",
                        ["mediaType"] = types[r.Next(types.Length)],
                        ["size"] = r.Next(2) == 0 ? r.Next(1, 1000) : r.Next(1, 12) * 1024 * 1024,
                        ["sha256"] = new string('a', 64),
                    };
                default:
                    return Texts[r.Next(Texts.Length)];
            }
        }
    }
}
