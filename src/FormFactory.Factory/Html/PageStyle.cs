namespace FormFactory.Factory.Html
{
    /// <summary>
    /// The page's stylesheet, inline so the page stays one file. Text colours keep a contrast of at least 7:1 on
    /// their backgrounds, focus is always visible, and nothing relies on colour alone.
    /// </summary>
    internal static class PageStyle
    {
        public const string Css = @"
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,""Segoe UI"",Roboto,""Noto Sans"",""Fira Sans"",Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#ffffff}
header,main,footer{max-width:76rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.9rem;margin:1.5rem 0 .75rem;line-height:1.25}
h2{font-size:1.4rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:3px solid #1f4e8c}
h2.toc-heading{font-size:1.1rem;border:0;margin:1rem 0 .25rem}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
a{color:#0b4a8f}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid #8a3b00;outline-offset:2px}
.skip{position:absolute;left:-999rem;top:0;background:#ffffff;padding:.5rem}
.skip:focus{left:1rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
.facts dt{font-weight:bold}
.facts dd{margin:0}
.key-figures{list-style:none;padding:0;margin:1rem 0;display:flex;flex-wrap:wrap;gap:1rem}
.key-figures li{border:1px solid #595959;border-left:6px solid #1f4e8c;padding:.5rem .75rem;min-width:12rem}
.key-figures .figure{display:block;font-size:1.6rem;font-weight:bold}
.columns{display:flex;flex-wrap:wrap;gap:0 2.5rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #8c8c8c;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#e6edf6}
tbody th{font-weight:normal}
.num{text-align:right;font-variant-numeric:tabular-nums}
.id{display:block;color:#4a4a4a;font-size:.85em;overflow-wrap:anywhere}
.sub{display:block;color:#4a4a4a;font-size:.9em}
time{white-space:nowrap}
.stale{border:2px solid #8a3b00;border-left-width:8px;background:#fff4e5;padding:.5rem .75rem;font-weight:bold;max-width:60rem}
table.status{font-size:.85rem}
table.status th,table.status td{padding:.25rem .4rem}
.scroll{overflow-x:auto;max-width:100%}
.chart{margin:1.5rem 0 2rem}
.chart figcaption{font-weight:bold;font-size:1.1rem;margin-bottom:.25rem}
.chart>svg{display:block;width:100%;max-width:760px;height:auto;font-family:inherit}
.legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
.legend svg{vertical-align:middle;margin-right:.4rem}
details summary{cursor:pointer;color:#0b4a8f;text-decoration:underline}
.controls{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;margin:.5rem 0}
.controls[hidden]{display:none}
.controls label{display:block;font-weight:bold}
.controls input,.controls select{font:inherit;padding:.3rem .4rem;border:1px solid #595959;border-radius:0;min-width:14rem;color:#1b1b1b;background:#ffffff}
.controls p{margin:0 0 .3rem}
th button{font:inherit;font-weight:bold;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
th button::after{content:"" \2195"";font-weight:normal}
th[aria-sort=ascending] button::after{content:"" \25B2""}
th[aria-sort=descending] button::after{content:"" \25BC""}
footer{margin-top:3rem;padding-bottom:2rem;color:#4a4a4a;font-size:.9rem}
@media print{.controls,.skip,nav{display:none}details>*{display:block}}
";
    }
}
