using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Expressions;

namespace FormFactory.Definitions.Tests.Support
{
    /// <summary>Evaluates printed JavaScript expressions in Node with the real expression runtime.</summary>
    public static class NodeRunner
    {
        private const string Harness = """
            const ff = require(process.argv[2]);
            const input = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
            function decode(v) {
              if (v === null || v === undefined) return null;
              if (Array.isArray(v)) return v.length === 0 ? null : v.map(decode);
              if (typeof v === 'object' && '$n' in v) return ff.num(v['$n']);
              if (typeof v === 'object' && '$d' in v) return v['$d'];
              if (typeof v === 'object') { const o = {}; for (const k in v) o[k] = decode(v[k]); return o; }
              return v === '' ? null : v;
            }
            function canonical(v) {
              if (v === null || v === undefined) return 'null';
              if (v === true || v === false) return String(v);
              if (ff.isNum(v)) return ff.format(v);
              if (typeof v === 'string') return 's:' + v;
              if (Array.isArray(v)) return 'list:' + v.length;
              return '?';
            }
            const out = input.map(c => {
              const values = {};
              for (const k in c.values) values[k] = decode(c.values[k]);
              const ctx = {
                today: c.today,
                read(path, k) {
                  const parts = path.split('.');
                  let cur = values, model = '';
                  for (let i = 0; i < parts.length; i++) {
                    let name = parts[i], repeated = name.endsWith('[]');
                    if (repeated) name = name.slice(0, -2);
                    model = model ? model + '.' + name : name;
                    cur = cur === null || cur === undefined ? null : cur[name];
                    if (cur === undefined) cur = null;
                    if (repeated) { const idx = k[model]; cur = cur && idx !== undefined ? cur[idx] : null; model += '[]'; }
                  }
                  return cur === undefined ? null : cur;
                }
              };
              return c.exprs.map(js => {
                try { return canonical(new Function('ff', 'c', 'k', 'return ' + js)(ff, ctx, {})); }
                catch (e) { return 'throw:' + e.message; }
              });
            });
            process.stdout.write(JSON.stringify(out));
            """;

        /// <summary>Runs the cases; each result list holds the canonical value of each expression.</summary>
        public static List<List<string>> Evaluate(JsonArray cases) =>
            JsonSerializer.Deserialize<List<List<string>>>(Run(Harness, cases.ToJsonString(), ("formfactory-expressions.js", JavaScriptPrinter.RuntimeSource)))!;

        /// <summary>
        /// Runs <paramref name="harness"/> in Node with the paths of <paramref name="files"/> (written to a temporary
        /// folder) and then of <paramref name="inputJson"/> as its arguments; returns what it writes to stdout.
        /// </summary>
        public static string Run(string harness, string inputJson, params (string Name, string Content)[] files)
        {
            string dir = Path.Combine(Path.GetTempPath(), "formfactory-node-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string harnessPath = Path.Combine(dir, "harness.js");
                File.WriteAllText(harnessPath, harness);
                var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
                start.ArgumentList.Add(harnessPath);
                foreach (var (name, content) in files)
                {
                    string path = Path.Combine(dir, name);
                    File.WriteAllText(path, content);
                    start.ArgumentList.Add(path);
                }
                string inputPath = Path.Combine(dir, "input.json");
                File.WriteAllText(inputPath, inputJson);
                start.ArgumentList.Add(inputPath);
                using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; install Node.js (apt-get install -y nodejs)");
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("node took longer than 2 minutes"); }
                if (process.ExitCode != 0) throw new InvalidOperationException("node failed: " + stderr.Result);
                return stdout.Result;
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
