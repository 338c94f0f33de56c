using MedSec.Data.Reference;
using MedSec.Domain.Reference;

namespace MedSec.Data.Tests.Reference;

/// <summary>The bundled reference data, loaded once per test class.</summary>
public sealed class BundledDataFixture
{
    public ReferenceData Data { get; } = ReferenceDataLoader.Load(TestPaths.BundledReference);
}
