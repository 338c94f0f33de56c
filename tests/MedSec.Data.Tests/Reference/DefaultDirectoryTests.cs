using MedSec.Data.Reference;

namespace MedSec.Data.Tests.Reference;

/// <summary>Where <see cref="ReferenceDataLoader.LoadDefault"/> looks: MEDSEC_DATA/reference, else the bundled copy.</summary>
[Collection(nameof(MedSecDataVariable))]
public sealed class DefaultDirectoryTests
{
    [Fact]
    public void WithoutTheVariableTheBundledCopyIsUsed()
    {
        WithVariable(null, () =>
        {
            Assert.Equal(TestPaths.BundledReference, ReferenceDataLoader.DefaultDirectory());
            Assert.NotEmpty(ReferenceDataLoader.LoadDefault().Grids);
        });
    }

    [Fact]
    public void TheVariableNamesTheDataFolderThatHoldsReference()
    {
        using var dir = new TempReferenceDirectory();
        dir.Write("pss.csv", "valid_from,valid_to,monthly_eur,status,source\n2026-01-01,,1234,sourced,test copy\n");

        WithVariable(dir.Root, () =>
        {
            var pss = Assert.Single(ReferenceDataLoader.LoadDefault().SocialSecurityCeilings);
            Assert.Equal(1234m, pss.Monthly);
        });
    }

    [Fact]
    public void AVariablePointingNowhereGivesAnErrorNamingTheDirectory()
    {
        var root = Path.Combine(Path.GetTempPath(), "medsec-empty-" + Guid.NewGuid().ToString("N"));

        WithVariable(root, () =>
        {
            var error = Assert.Throws<ReferenceDataException>(ReferenceDataLoader.LoadDefault);
            Assert.Contains(Path.Combine(root, "reference"), error.Message);
        });
    }

    private static void WithVariable(string? value, Action test)
    {
        var saved = Environment.GetEnvironmentVariable(ReferenceDataLoader.DataDirectoryVariable);
        Environment.SetEnvironmentVariable(ReferenceDataLoader.DataDirectoryVariable, value);
        try { test(); }
        finally { Environment.SetEnvironmentVariable(ReferenceDataLoader.DataDirectoryVariable, saved); }
    }
}
