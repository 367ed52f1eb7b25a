using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Definitions.Model;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>
    /// Enters a submission (a sample's JSON) into a built form page the way a citizen would, for any form: it walks the
    /// bound model alongside the JSON and finds each field's controls by the submission contract's names
    /// (<c>anschrift.plz</c>, <c>hunde[0].name</c>, <c>person.geburtsdatum.day</c>), so it knows nothing of one form.
    /// Dates go into day, month and year; choices into radios or a select, whichever the page shows; booleans into a
    /// checkbox or yes/no radios; repeated groups get "add another" clicks (with the script) or use the slots the page
    /// shows (without it); files are made up with the sample's name and media type.
    /// </summary>
    public sealed class FormFiller
    {
        private readonly FormModel _form;
        private readonly JsonElement _data;

        /// <summary>A filler of <paramref name="data"/> into pages of <paramref name="form"/>.</summary>
        public FormFiller(FormModel form, JsonElement data)
        {
            _form = form;
            _data = data;
        }

        /// <summary>The form's steps.</summary>
        public int StepCount => _form.Steps.Count;

        /// <summary>Fills the fields of step <paramref name="index"/> (0-based).</summary>
        public async Task FillStepAsync(IPage page, int index)
        {
            foreach (var field in _form.Steps[index].Fields)
                if (_data.TryGetProperty(field.Id, out var value)) await FillAsync(page, field, value, field.Id);
        }

        /// <summary>Fills every step of the one long page the form is without JavaScript.</summary>
        public async Task FillAllAsync(IPage page)
        {
            for (int i = 0; i < StepCount; i++) await FillStepAsync(page, i);
        }

        /// <summary>With the script: fills each step and goes on, arriving at the check page.</summary>
        public async Task CompleteToCheckPageAsync(IPage page)
        {
            for (int i = 0; i < StepCount; i++)
            {
                await FillStepAsync(page, i);
                await NextAsync(page);
            }
            await page.Locator("[data-ff-check]").WaitForAsync();
        }

        /// <summary>Clicks the visible "Weiter" button.</summary>
        public static Task NextAsync(IPage page) => page.Locator("[data-ff-next]:visible").ClickAsync();

        private async Task FillAsync(IPage page, FieldModel field, JsonElement value, string name)
        {
            if (value.ValueKind == JsonValueKind.Null) return;
            switch (field.Kind)
            {
                case FieldKind.Info:
                    return;
                case FieldKind.Group when field.IsRepeated:
                    int index = 0;
                    foreach (var entry in value.EnumerateArray())
                    {
                        await EnsureEntryAsync(page, name, index);
                        await FillGroupAsync(page, field, entry, $"{name}[{index}]");
                        index++;
                    }
                    return;
                case FieldKind.Group:
                    await FillGroupAsync(page, field, value, name);
                    return;
                case FieldKind.Date:
                    var date = DateTime.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    await Control(page, name + ".day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
                    await Control(page, name + ".month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
                    await Control(page, name + ".year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
                    return;
                case FieldKind.Boolean:
                    bool yes = value.GetBoolean();
                    if (await KindOfAsync(page, name) == "checkbox") { if (yes) await Control(page, name).CheckAsync(); }
                    else await Option(page, name, yes ? "true" : "false").CheckAsync();
                    return;
                case FieldKind.Choice:
                    if (await KindOfAsync(page, name) == "select") await Control(page, name).SelectOptionAsync(value.GetString()!);
                    else await Option(page, name, value.GetString()!).CheckAsync();
                    return;
                case FieldKind.MultiChoice:
                    foreach (var code in value.EnumerateArray()) await Option(page, name, code.GetString()!).CheckAsync();
                    return;
                case FieldKind.File:
                    string fileName = value.GetProperty("name").GetString()!;
                    await Control(page, name).SetInputFilesAsync(new FilePayload
                    {
                        Name = fileName,
                        MimeType = value.GetProperty("mediaType").GetString()!,
                        Buffer = Encoding.UTF8.GetBytes("Anlage " + fileName + " für " + name),
                    });
                    return;
                case FieldKind.Integer:
                case FieldKind.Decimal:
                case FieldKind.Money:
                    // Citizens write a decimal comma.
                    await Control(page, name).FillAsync(value.GetRawText().Replace('.', ','));
                    return;
                default:
                    await Control(page, name).FillAsync(value.GetString()!);
                    return;
            }
        }

        private async Task FillGroupAsync(IPage page, FieldModel group, JsonElement value, string name)
        {
            foreach (var child in group.Fields)
                if (value.TryGetProperty(child.Id, out var v)) await FillAsync(page, child, v, name + "." + child.Id);
        }

        /// <summary>Makes sure entry <paramref name="index"/> of the repeated group <paramref name="name"/> is on the page.</summary>
        private static async Task EnsureEntryAsync(IPage page, string name, int index)
        {
            string repeat = $"[data-ff-repeat][data-ff-name=\"{name}\"] > fieldset";
            var items = page.Locator(repeat + " > [data-ff-items] > [data-ff-item]");
            while (await items.CountAsync() <= index)
            {
                var add = page.Locator(repeat + " > [data-ff-add]");
                if (!await add.IsVisibleAsync()) throw new InvalidOperationException($"{name} shows {await items.CountAsync()} entries and no visible \"add another\" button for entry {index + 1}");
                await add.ClickAsync();
            }
        }

        private static ILocator Control(IPage page, string name) => page.Locator($"form [name=\"{name}\"]");

        private static ILocator Option(IPage page, string name, string value) => page.Locator($"form input[name=\"{name}\"][value=\"{value}\"]");

        /// <summary>"select", "checkbox" or "radio": how the page shows the field named <paramref name="name"/>.</summary>
        private static async Task<string> KindOfAsync(IPage page, string name)
        {
            // Locators, not page scripts: this also works in a page without JavaScript.
            foreach (var kind in new[] { "select", "checkbox", "radio" })
            {
                string selector = kind == "select" ? $"form select[name=\"{name}\"]" : $"form input[type={kind}][name=\"{name}\"]";
                if (await page.Locator(selector).CountAsync() > 0) return kind;
            }
            throw new InvalidOperationException("no select, checkbox or radio named " + name + " on the page");
        }
    }
}
