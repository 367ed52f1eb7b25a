using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>axe-core with the rules of WCAG 2.1 levels A and AA, the level BITV 2.0 and EN 301 549 require.</summary>
    public static class Axe
    {
        /// <summary>The axe rule tags checked.</summary>
        public static readonly IReadOnlyList<string> Tags = new[] { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa" };

        /// <summary>
        /// Fails with every violation (rule, impact, the first nodes) on the page as it is now; <paramref name="what"/>
        /// names the page state. <paramref name="bestPractice"/> adds axe's best-practice rules (landmarks, headings).
        /// </summary>
        public static async Task AssertNoViolationsAsync(IPage page, string what, bool bestPractice = false)
        {
            var tags = bestPractice ? Tags.Append("best-practice").ToList() : Tags.ToList();
            var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = tags } };
            AxeResult result = await page.RunAxe(options);
            var violations = result.Violations ?? Array.Empty<AxeResultItem>();
            Assert.True(violations.Length == 0, what + ":\n" + string.Join("\n", violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Target + "  " + n.Html)))));
        }
    }
}
