using System;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Workspace;

namespace FormFactory.Synthetic.Tests
{
    /// <summary>One 300-service, 20-tenant synthetic catalog, written and loaded once for the tests that read it.</summary>
    public sealed class SynthCatalogFixture : IDisposable
    {
        private readonly TempFolder _folder = new();

        public SynthCatalogFixture()
        {
            Options = new SynthOptions { Services = 300, Tenants = 20, Seed = 42 };
            Result = CatalogSynthesizer.Write(Options, _folder.Path);
            Folder = _folder.Path;
            Loaded = CatalogLoader.Load(Folder);
        }

        public SynthOptions Options { get; }

        public SynthResult Result { get; }

        public string Folder { get; }

        public CatalogResult Loaded { get; }

        public void Dispose() => _folder.Dispose();
    }
}
