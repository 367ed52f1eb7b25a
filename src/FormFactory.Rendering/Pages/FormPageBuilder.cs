using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Views;
using FormFactory.Runtime;

namespace FormFactory.Rendering.Pages
{
    /// <summary>Builds what the form template sees from the bound model, a tenant, a language and (optionally) a submission with errors.</summary>
    public sealed class FormPageBuilder
    {
        /// <summary>Without the script, a repeated group shows this many entry slots when it has no smaller maximum.</summary>
        public const int NoScriptSlots = RepeatBounds.NoScriptSlots;

        private readonly FormModel _form;
        private readonly string _lang;
        private readonly Dictionary<string, ValidationError> _errorsByPath = new(StringComparer.Ordinal);

        private readonly bool _fresh;

        private FormPageBuilder(FormModel form, string language, PageState state)
        {
            _form = form;
            _lang = language;
            _fresh = state.Values == null;
            foreach (var e in state.Errors)
                if (!_errorsByPath.ContainsKey(e.Path)) _errorsByPath[e.Path] = e;
        }

        /// <summary>The languages pages can be rendered in: those the interface texts exist for (<see cref="FactorySettings.PageLanguages"/>).</summary>
        public static IReadOnlyList<string> InterfaceLanguages => FactorySettings.PageLanguages;

        /// <summary>
        /// The languages a form page is rendered in: German, and English when the title has a translation and
        /// <paramref name="factory"/> (when given) publishes English.
        /// </summary>
        public static IReadOnlyList<string> Languages(FormModel form, FactorySettings? factory = null) =>
            FactorySettings.FormPageLanguages(form, factory);

        /// <summary>Links to the page in each of <paramref name="languages"/> but <paramref name="current"/>, each labelled in its own language.</summary>
        public static IReadOnlyList<LanguageLink> LanguageLinks(IEnumerable<string> languages, string current) =>
            languages.Where(l => l != current).Select(l => new LanguageLink(l, PageFile(l), l == "en" ? "English" : "Deutsch")).ToList();

        /// <summary>The page's file name in a package for <paramref name="language"/>.</summary>
        public static string PageFile(string language) => language == "de" ? "index.html" : "index." + language + ".html";

        /// <summary>Builds the page.</summary>
        public static PageView Build(FormModel form, TenantModel tenant, string language, PageState? state = null) =>
            Build(form, tenant, language, state, Steps(form, language, state));

        /// <summary>
        /// Builds the page around <paramref name="steps"/>, which <see cref="Steps"/> made for the same form, language
        /// and state: the steps show nothing of the tenant, so a build makes them once per service and language.
        /// </summary>
        public static PageView Build(FormModel form, TenantModel tenant, string language, PageState? state, IReadOnlyList<StepView> steps)
        {
            state ??= PageState.Empty;
            return new FormPageBuilder(form, language, state).Page(tenant, state, steps);
        }

        /// <summary>The steps of the page, with the values and errors of <paramref name="state"/>.</summary>
        public static IReadOnlyList<StepView> Steps(FormModel form, string language, PageState? state = null)
        {
            state ??= PageState.Empty;
            return new FormPageBuilder(form, language, state).StepViews(state);
        }

        private List<StepView> StepViews(PageState state)
        {
            var steps = new List<StepView>();
            JsonElement? root = state.Values is { ValueKind: JsonValueKind.Object } v ? v : null;
            for (int i = 0; i < _form.Steps.Count; i++)
            {
                var step = _form.Steps[i];
                var fields = step.Fields.Select(f => Field(f, "", root, 0, "")).ToList();
                steps.Add(new StepView(step.Id, i + 1, _form.Steps.Count, T(step.Title)!, T(step.Description), fields));
            }
            return steps;
        }

        private PageView Page(TenantModel tenant, PageState state, IReadOnlyList<StepView> steps)
        {
            string? endpoint = Links.SafeHttpUrl(tenant.SubmissionEndpoint);
            var settings = tenant.Services.FirstOrDefault(s => s.ServiceId == _form.Id);
            var contact = settings?.Contact ?? tenant.Contact;
            var errors = state.Errors.Select(e => new ErrorView(new Text(e.Message(_lang), _lang, _lang), ErrorHref(e.Path))).ToList();
            return new PageView
            {
                Lang = _lang,
                Languages = LanguageLinks(Languages(_form), _lang),
                Title = T(_form.Title)!,
                Summary = T(_form.Summary),
                FormId = _form.Id,
                Version = _form.Version ?? "0.0.0",
                Tenant = new TenantView(tenant.Id, tenant.Name, contact?.Name ?? "", contact?.Email ?? "", contact?.Phone ?? "", contact?.Address ?? "",
                    T(settings?.Fees), T(settings?.Hint)),
                Action = endpoint ?? "",
                ContentSecurityPolicy = ContentSecurityPolicy(endpoint),
                Steps = steps,
                Errors = errors,
                LegalBasis = _form.LegalBasis.ToList(),
                PortalHref = "../" + PageFile(_lang),
            };
        }

        /// <summary>
        /// Nothing but the package's own files may load; the form may only talk to its endpoint. A package needs no
        /// inline script or style, so none is allowed: even markup that slipped through could not run.
        /// </summary>
        private static string ContentSecurityPolicy(string? endpoint)
        {
            string target = endpoint == null ? "'none'" : Links.Origin(endpoint);
            return $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src {target}; form-action {target}; base-uri 'none'";
        }

        private string ErrorHref(string path)
        {
            if (path.Length == 0) return "";
            return "#" + HtmlIds.For(path);
        }

        private Text? T(LocalizedText? text)
        {
            if (text == null) return null;
            var value = text.TryGet(_lang);
            return value != null ? new Text(value, _lang, _lang) : new Text(text.De, "de", _lang);
        }

        private FieldView Field(FieldModel f, string prefix, JsonElement? group, int depth, string modelPrefix)
        {
            string name = prefix.Length == 0 ? f.Id : prefix + "." + f.Id;
            string modelPath = modelPrefix.Length == 0 ? f.Id : modelPrefix + "." + f.Id;
            string id = HtmlIds.For(name);
            JsonElement? json = group is { } g && g.TryGetProperty(f.Id, out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
            if (_fresh && !_noDefaults && f.DefaultJson != null) json = Default(f.DefaultJson);
            var type = FieldTypeRegistry.Get(f.Kind);
            var facet = InputFacets.For(type.Name);
            _errorsByPath.TryGetValue(name, out var error);
            bool hasHint = f.Hint != null;
            string describedBy = string.Join(" ", new[] { hasHint ? id + "--hint" : null, error != null ? id + "--error" : null }.Where(x => x != null));
            var view = new FieldView
            {
                Template = type.Name,
                Id = id,
                Name = name,
                ModelPath = modelPath,
                Label = T(f.Label),
                Hint = T(f.Hint),
                Body = T(f.Text),
                Optional = !f.Required && f.RequiredWhen == null && f.Kind != FieldKind.Info && !(f.Kind == FieldKind.Group && !f.IsRepeated),
                Conditional = f.VisibleWhen != null,
                Error = error == null ? null : new Text(error.Message(_lang), _lang, _lang),
                DescribedBy = describedBy,
                Autocomplete = AutocompleteTokens.For(f, depth > 0),
                InputType = facet.InputType,
                InputMode = facet.InputMode,
                NoSpellcheck = facet.NoSpellcheck,
                Width = facet.Width,
                Prefix = facet.Prefix,
                Depth = depth,
            };
            switch (f.Kind)
            {
                case FieldKind.Group when f.IsRepeated:
                    return Repeated(f, view, name, json, depth, modelPath);
                case FieldKind.Group:
                    return view with { Fields = f.Fields.Select(c => Field(c, name, json, depth, modelPath)).ToList() };
                case FieldKind.Date:
                    {
                        var parts = DateParts(json);
                        return view with { Day = parts.Day, Month = parts.Month, Year = parts.Year };
                    }
                case FieldKind.Boolean:
                    {
                        bool? b = json is { ValueKind: JsonValueKind.True } ? true : json is { ValueKind: JsonValueKind.False } ? false : null;
                        if (f.Display == "checkbox") return view with { Display = "checkbox", Checked = b == true };
                        var options = new List<OptionView>
                        {
                            new(id, "true", new Text(UiTexts.Get("yes", _lang), _lang, _lang), null, b == true),
                            new(id + "-2", "false", new Text(UiTexts.Get("no", _lang), _lang, _lang), null, b == false),
                        };
                        return view with { Display = "radios", Options = options };
                    }
                case FieldKind.Choice:
                    {
                        string selected = json is { ValueKind: JsonValueKind.String } s ? s.GetString()! : "";
                        var values = f.CodeList?.Values ?? EquatableArray<CodeValue>.Empty;
                        bool select = f.Display == "select" || (f.Display != "radios" && values.Count > 7);
                        return view with { Display = select ? "select" : "radios", Options = Options(id, values, c => c == selected) };
                    }
                case FieldKind.MultiChoice:
                    {
                        var chosen = new HashSet<string>(StringComparer.Ordinal);
                        if (json is { ValueKind: JsonValueKind.Array } arr)
                            foreach (var item in arr.EnumerateArray())
                                if (item.ValueKind == JsonValueKind.String) chosen.Add(item.GetString()!);
                        return view with { Display = "checkboxes", Options = Options(id, f.CodeList?.Values ?? EquatableArray<CodeValue>.Empty, chosen.Contains) };
                    }
                case FieldKind.File:
                    {
                        string fileName = json is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
                        return view with { Value = fileName, Accept = string.Join(",", f.Accept) };
                    }
                case FieldKind.Info:
                    return view;
                default:
                    return view with { Value = InputValue(json, f.Kind) };
            }
        }

        private FieldView Repeated(FieldModel f, FieldView view, string name, JsonElement? json, int depth, string modelPath)
        {
            var bounds = f.Repeat!;
            var entries = json is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().ToList() : new List<JsonElement>();
            int slots = Math.Max(bounds.RenderedEntries, entries.Count);
            var itemName = T(f.ItemLabel) ?? new Text(UiTexts.Get("entry", _lang), _lang, _lang);
            string itemModel = modelPath + "[]";
            var items = new List<ItemView>();
            int needed = Math.Max(bounds.Min, 1);
            // An empty entry is the same markup for every index: made once per kind (with defaults, or spare) with markers.
            ItemView? emptyNeeded = null, emptySpare = null;
            for (int i = 0; i < slots; i++)
            {
                JsonElement? entry = i < entries.Count && entries[i].ValueKind == JsonValueKind.Object ? entries[i] : null;
                string prefix = name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                // Spare slots (for use without the script) stay truly empty, defaults included, so an unused one is dropped on submission.
                bool spare = i >= needed && entry == null;
                var fields = WithoutDefaults(spare, () => f.Fields.Select(c => Field(c, prefix, entry, depth + 1, itemModel)).ToList());
                var item = new ItemView(HtmlIds.For(prefix), i.ToString(CultureInfo.InvariantCulture), (i + 1).ToString(CultureInfo.InvariantCulture), itemName, fields, entry != null);
                if (entry == null && _errorsByPath.Count == 0)
                    item = item with { Like = spare ? emptySpare ??= EmptyEntry(f, name, spare, depth, itemModel, itemName) : emptyNeeded ??= EmptyEntry(f, name, spare, depth, itemModel, itemName) };
                items.Add(item);
            }
            string placeholder = HtmlIds.Placeholder(depth);
            string templatePrefix = name + "[" + placeholder + "]";
            var template = new ItemView(HtmlIds.For(templatePrefix), placeholder, placeholder, itemName,
                f.Fields.Select(c => Field(c, templatePrefix, null, depth + 1, itemModel)).ToList(), false);
            string itemText = (f.ItemLabel?.TryGet(_lang) ?? f.ItemLabel?.De) ?? UiTexts.Get("entry", _lang);
            if (_lang == "en" && itemText.Length > 0) itemText = char.ToLowerInvariant(itemText[0]) + itemText.Substring(1);
            var addLabel = new Text(string.Format(CultureInfo.InvariantCulture, UiTexts.Get("add_another", _lang), itemText), _lang, _lang);
            return view with { Repeated = true, Items = items, ItemTemplate = template, AddLabel = addLabel, RepeatMin = bounds.Min, RepeatMax = bounds.Max ?? 0 };
        }

        /// <summary>
        /// A random key, new in every process, inside every marker. Markers never reach the output (they are replaced
        /// before it is written), so the output stays the same from run to run; but no definition can hold a text that
        /// equals a marker, because no one knows the key when writing it.
        /// </summary>
        private static readonly string MarkerKey = Guid.NewGuid().ToString("N");

        /// <summary>
        /// Stands for an entry's index in <see cref="ItemView.Like"/> (by nesting depth). Made of private-use characters
        /// around the <see cref="MarkerKey"/>: an entry whose texts hold any of those characters is rendered on its own
        /// (<see cref="HasStrayMarkerCharacters"/>), and no text can hold a whole marker, so replacing the markers never
        /// changes a text.
        /// </summary>
        public static string IndexMarker(int depth) => "\uE000" + MarkerKey + depth.ToString(CultureInfo.InvariantCulture) + "\uE001";

        /// <summary>Stands for an entry's number in <see cref="ItemView.Like"/> (by nesting depth).</summary>
        public static string NumberMarker(int depth) => "\uE002" + MarkerKey + depth.ToString(CultureInfo.InvariantCulture) + "\uE003";

        private static readonly System.Text.RegularExpressions.Regex Markers = new(
            "\uE000" + MarkerKey + "[0-9]+\uE001|\uE002" + MarkerKey + "[0-9]+\uE003", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// True when <paramref name="markup"/> holds a marker character outside the markers (of an entry and of the
        /// entries around it): a text of the entry holds one, so replacing the markers could change that text.
        /// </summary>
        public static bool HasStrayMarkerCharacters(string markup) =>
            Markers.Replace(markup, "").AsSpan().IndexOfAnyInRange('\uE000', '\uE003') >= 0;

        /// <summary>An empty entry of <paramref name="f"/> with markers for its index and number.</summary>
        private ItemView EmptyEntry(FieldModel f, string name, bool spare, int depth, string itemModel, Text itemName)
        {
            string index = IndexMarker(depth), prefix = name + "[" + index + "]";
            var fields = WithoutDefaults(spare, () => f.Fields.Select(c => Field(c, prefix, null, depth + 1, itemModel)).ToList());
            return new ItemView(HtmlIds.For(prefix), index, NumberMarker(depth), itemName, fields, false);
        }

        private bool _noDefaults;

        private T WithoutDefaults<T>(bool suppress, Func<T> build)
        {
            bool before = _noDefaults;
            _noDefaults = before || suppress;
            try { return build(); }
            finally { _noDefaults = before; }
        }

        private static JsonElement Default(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }

        private List<OptionView> Options(string id, IEnumerable<CodeValue> values, Func<string, bool> selected)
        {
            var list = new List<OptionView>();
            int i = 0;
            foreach (var v in values)
            {
                i++;
                list.Add(new OptionView(i == 1 ? id : id + "-" + i.ToString(CultureInfo.InvariantCulture), v.Code, T(v.Label)!, T(v.Description), selected(v.Code)));
            }
            return list;
        }

        private string InputValue(JsonElement? json, FieldKind kind)
        {
            if (json is not { } j) return "";
            switch (j.ValueKind)
            {
                case JsonValueKind.String: return j.GetString()!;
                case JsonValueKind.Number:
                    string raw = j.GetRawText();
                    if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) raw = NumberFieldType.Format(d);
                    if (kind == FieldKind.Money && raw.IndexOf('.') >= 0 && raw.Length - raw.IndexOf('.') == 2) raw += "0";
                    return _lang == "de" ? raw.Replace('.', ',') : raw;
                case JsonValueKind.True: return "true";
                case JsonValueKind.False: return "false";
                default: return "";
            }
        }

        private static (string Day, string Month, string Year) DateParts(JsonElement? json)
        {
            if (json is not { ValueKind: JsonValueKind.String } j) return ("", "", "");
            var parts = j.GetString()!.Split('-');
            if (parts.Length != 3) return ("", "", "");
            return (TrimZeros(parts[2]), TrimZeros(parts[1]), parts[0]);
        }

        private static string TrimZeros(string s) => s.Length > 1 && s[0] == '0' ? s.TrimStart('0') : s;
    }
}
