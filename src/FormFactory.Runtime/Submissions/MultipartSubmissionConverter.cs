using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FormFactory.Runtime.Submissions
{
    /// <summary>
    /// Turns the fields of a form posted without JavaScript (multipart/form-data) into the same submission JSON the
    /// form script posts, so a host validates and stores one format. Names follow the submission contract
    /// (<c>docs/submission-contract.md</c>): <c>anschrift.plz</c>, <c>hunde[0].name</c>, dates as <c>.day</c>,
    /// <c>.month</c>, <c>.year</c>, a multiChoice's name once per ticked code, meta fields <c>_form</c>,
    /// <c>_version</c>, <c>_tenant</c>, <c>_language</c>.
    /// A value that does not convert (letters in a number, an impossible date) is kept as a string, so the validator
    /// reports it with code <c>format</c> instead of the converter guessing. Empty values are left out; so are entries
    /// of a repeated group whose fields are all empty (the spare slots of the page without JavaScript).
    /// </summary>
    public static class MultipartSubmissionConverter
    {
        private static readonly Regex IntegerText = new Regex("^-?[0-9]+$", RegexOptions.CultureInvariant);
        private static readonly Regex NumberText = new Regex("^-?[0-9]+(\\.[0-9]+)?$", RegexOptions.CultureInvariant);

        /// <summary>Converts the posted <paramref name="fields"/> and <paramref name="files"/> according to <paramref name="shape"/>.</summary>
        public static MultipartSubmission Convert(SubmissionShape shape, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadedFile>? files = null)
        {
            var input = new Input(fields, files ?? Array.Empty<UploadedFile>());
            var attachments = new List<Attachment>();
            var data = new StringBuilder();
            WriteGroup(shape.Fields, "", input, data, attachments);
            string dataJson = data.ToString();

            var envelope = new StringBuilder("{");
            bool first = true;
            foreach (var meta in new[] { "form", "version", "tenant", "language" })
            {
                JsonText.Property(envelope, ref first, meta);
                var value = input.Single("_" + meta);
                if (value == null) envelope.Append("null"); else JsonText.String(envelope, value);
            }
            JsonText.Property(envelope, ref first, "data");
            envelope.Append(dataJson);
            JsonText.Property(envelope, ref first, "attachments");
            envelope.Append('[');
            for (int i = 0; i < attachments.Count; i++)
            {
                if (i > 0) envelope.Append(',');
                envelope.Append("{\"path\":");
                JsonText.String(envelope, attachments[i].Path);
                envelope.Append(',');
                AppendFileMeta(envelope, attachments[i]);
                envelope.Append('}');
            }
            envelope.Append("]}");
            return new MultipartSubmission(input.Single("_form"), input.Single("_version"), input.Single("_tenant"), input.Single("_language"),
                dataJson, envelope.ToString(), attachments);
        }

        /// <summary>Writes the group's object; returns false when none of its fields has a value.</summary>
        private static bool WriteGroup(IReadOnlyList<FieldShape> fields, string prefix, Input input, StringBuilder sb, List<Attachment> attachments)
        {
            sb.Append('{');
            bool first = true;
            foreach (var field in fields)
            {
                string path = prefix.Length == 0 ? field.Id : prefix + "." + field.Id;
                var value = new StringBuilder();
                if (!WriteValue(field, path, input, value, attachments)) continue;
                JsonText.Property(sb, ref first, field.Id);
                sb.Append(value);
            }
            sb.Append('}');
            return !first;
        }

        private static bool WriteValue(FieldShape field, string path, Input input, StringBuilder sb, List<Attachment> attachments)
        {
            switch (field.Kind)
            {
                case ShapeKind.Group:
                    {
                        int mark = attachments.Count;
                        bool any = WriteGroup(field.Fields, path, input, sb, attachments);
                        if (!any) attachments.RemoveRange(mark, attachments.Count - mark);
                        return any;
                    }
                case ShapeKind.Repeat:
                    {
                        sb.Append('[');
                        bool firstEntry = true;
                        foreach (int index in input.Indices(path))
                        {
                            var entry = new StringBuilder();
                            int mark = attachments.Count;
                            if (!WriteGroup(field.Fields, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", input, entry, attachments))
                            {
                                attachments.RemoveRange(mark, attachments.Count - mark);
                                continue;
                            }
                            if (!firstEntry) sb.Append(',');
                            firstEntry = false;
                            sb.Append(entry);
                        }
                        sb.Append(']');
                        return !firstEntry;
                    }
                case ShapeKind.Codes:
                    {
                        var codes = input.All(path);
                        var seen = new List<string>();
                        foreach (var c in codes)
                            if (c.Length > 0 && !seen.Contains(c)) seen.Add(c);
                        if (seen.Count == 0) return false;
                        sb.Append('[');
                        for (int i = 0; i < seen.Count; i++)
                        {
                            if (i > 0) sb.Append(',');
                            JsonText.String(sb, seen[i]);
                        }
                        sb.Append(']');
                        return true;
                    }
                case ShapeKind.Date:
                    {
                        string day = (input.Single(path + ".day") ?? "").Trim(), month = (input.Single(path + ".month") ?? "").Trim(), year = (input.Single(path + ".year") ?? "").Trim();
                        if (day.Length == 0 && month.Length == 0 && year.Length == 0)
                        {
                            // A host or test may also post the date as one value.
                            string? whole = input.Single(path);
                            if (string.IsNullOrEmpty(whole)) return false;
                            JsonText.String(sb, whole!);
                            return true;
                        }
                        JsonText.String(sb, Pad(year, 4) + "-" + Pad(month, 2) + "-" + Pad(day, 2));
                        return true;
                    }
                case ShapeKind.File:
                    {
                        var file = input.File(path);
                        if (file == null || (file.Content.Length == 0 && file.FileName.Length == 0)) return false;
                        var attachment = ToAttachment(path, file);
                        attachments.Add(attachment);
                        sb.Append('{');
                        AppendFileMeta(sb, attachment);
                        sb.Append('}');
                        return true;
                    }
                default:
                    {
                        string? text = input.Single(path);
                        if (string.IsNullOrEmpty(text)) return false;
                        string t = text!.Trim();
                        if (field.Kind == ShapeKind.Integer && IntegerText.IsMatch(t)) sb.Append(Canonical(t));
                        else if (field.Kind == ShapeKind.Number && NumberText.IsMatch(t.Replace(',', '.')) && CountOf(t, ',') <= 1 && !(t.Contains(",") && t.Contains("."))) sb.Append(Canonical(t.Replace(',', '.')));
                        else if (field.Kind == ShapeKind.Boolean && (t == "true" || t == "false")) sb.Append(t);
                        else JsonText.String(sb, text);
                        return true;
                    }
            }
        }

        private static void AppendFileMeta(StringBuilder sb, Attachment a)
        {
            sb.Append("\"name\":");
            JsonText.String(sb, a.Name);
            sb.Append(",\"mediaType\":");
            JsonText.String(sb, a.MediaType);
            sb.Append(",\"size\":").Append(a.Size.ToString(CultureInfo.InvariantCulture));
            sb.Append(",\"sha256\":\"").Append(a.Sha256).Append('"');
        }

        private static Attachment ToAttachment(string path, UploadedFile file)
        {
            string hash;
            using (var sha = SHA256.Create())
            {
                var bytes = sha.ComputeHash(file.Content);
                var sb = new StringBuilder(64);
                foreach (var b in bytes) sb.Append(b.ToString("x2", CultureInfo.InvariantCulture));
                hash = sb.ToString();
            }
            string mediaType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
            return new Attachment(path, file.FileName, mediaType, file.Content.LongLength, hash, file.Content);
        }

        /// <summary>A JSON number without leading zeros ("007" is 7), as the digits are all the citizen typed.</summary>
        private static string Canonical(string number)
        {
            bool negative = number.StartsWith("-", StringComparison.Ordinal);
            string digits = negative ? number.Substring(1) : number;
            int dot = digits.IndexOf('.');
            string whole = (dot < 0 ? digits : digits.Substring(0, dot)).TrimStart('0');
            if (whole.Length == 0) whole = "0";
            string result = dot < 0 ? whole : whole + digits.Substring(dot);
            return negative && result.Trim('0', '.').Length > 0 ? "-" + result : result;
        }

        private static int CountOf(string s, char c)
        {
            int n = 0;
            foreach (char x in s) if (x == c) n++;
            return n;
        }

        private static string Pad(string part, int width)
        {
            if (part.Length == 0) return part;
            foreach (char c in part)
                if (c < '0' || c > '9') return part;
            return part.PadLeft(width, '0');
        }

        /// <summary>The posted fields by name, and the indices of repeated entries.</summary>
        private sealed class Input
        {
            private readonly Dictionary<string, List<string>> _values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            private readonly Dictionary<string, UploadedFile> _files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
            private readonly Dictionary<string, SortedSet<int>> _indices = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);

            public Input(IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadedFile> files)
            {
                foreach (var pair in fields)
                {
                    if (!_values.TryGetValue(pair.Key, out var list))
                    {
                        _values[pair.Key] = list = new List<string>();
                        IndexEntries(pair.Key);
                    }
                    list.Add(pair.Value ?? "");
                }
                foreach (var f in files)
                    if (!_files.ContainsKey(f.FieldName))
                    {
                        _files[f.FieldName] = f;
                        IndexEntries(f.FieldName);
                    }
            }

            public string? Single(string name)
            {
                if (!_values.TryGetValue(name, out var list)) return null;
                foreach (var v in list)
                    if (v.Length > 0) return v;
                return list.Count > 0 ? list[0] : null;
            }

            public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : (IReadOnlyList<string>)Array.Empty<string>();

            public UploadedFile? File(string name) => _files.TryGetValue(name, out var f) ? f : null;

            /// <summary>The entry indices posted for the repeated group <paramref name="path"/>, in ascending order.</summary>
            public IEnumerable<int> Indices(string path) => _indices.TryGetValue(path, out var found) ? found : (IEnumerable<int>)Array.Empty<int>();

            /// <summary>
            /// Every <c>[n]</c> in every posted name, by what precedes it (<c>hunde[0].impfungen[2].am</c> gives
            /// <c>hunde</c> 0 and <c>hunde[0].impfungen</c> 2), found once, so that looking up a repeated group's entries
            /// does not scan all names again for each group and each entry.
            /// </summary>
            private void IndexEntries(string key)
            {
                // At most 64 brackets a name (repeats nest far less deep): each costs a copy of the name's start, so a
                // hostile name of thousands of brackets stays linear in its length.
                int brackets = 0;
                for (int open = key.IndexOf('['); open >= 0 && brackets++ < 64; open = key.IndexOf('[', open + 1))
                {
                    WorkCounter.Step();
                    int close = key.IndexOf(']', open + 1);
                    if (close < 0) return;
                    if (!int.TryParse(key.Substring(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index >= 10_000) continue;
                    string group = key.Substring(0, open);
                    if (!_indices.TryGetValue(group, out var set)) _indices[group] = set = new SortedSet<int>();
                    set.Add(index);
                }
            }
        }
    }
}
