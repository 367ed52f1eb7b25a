using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;

namespace FormFactory.Rendering.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void RendersHundAnmelden()
        {
            var html = new FormRenderer(TemplateSet.Load()).Render(Samples.Form("hundAnmelden"), Samples.Tenant("rossdorf"), "de");
            Assert.Contains("<!DOCTYPE html>", html);
        }
    }
}
