using MedSec.Domain.Reference;

namespace MedSec.Data.Reference;

/// <summary>Loads the reference tables of data/reference (one CSV per table, described in its SOURCES.md).</summary>
public static class ReferenceDataLoader
{
    /// <summary>Environment variable naming the data folder that holds <c>reference/</c> (overrides the bundled copy).</summary>
    public const string DataDirectoryVariable = "MEDSEC_DATA";

    /// <summary>Loads every table of <paramref name="directory"/>.</summary>
    /// <exception cref="ReferenceDataException">The directory or a file is missing, or a row is malformed.</exception>
    public static ReferenceData Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
            throw new ReferenceDataException(
                $"Reference data directory not found: {full} (set {DataDirectoryVariable} to a folder that contains reference/)");

        return new ReferenceData(
            FphGridsTable.Read(full),
            PointIndiceTable.Read(full),
            MinimumTraitementTable.Read(full),
            SmicTable.Read(full),
            AgreementMinimaTable.Read(full),
            FphSupplementsTable.Read(full),
            ContributionRatesTable.Read(full))
        {
            SocialSecurityCeilings = PssTable.Read(full),
            OvertimePremiums = OvertimePremiumsTable.Read(full),
            AgreementAddOns = AgreementAddOnsTable.Read(full),
            MayotteSmic = SmicTable.Read(full, SmicTable.MayotteFileName),
        };
    }

    /// <summary>Loads the tables of <see cref="DefaultDirectory"/>.</summary>
    public static ReferenceData LoadDefault() => Load(DefaultDirectory());

    /// <summary><c>$MEDSEC_DATA/reference</c> when the variable is set, else the copy bundled in the program's output.</summary>
    public static string DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        return string.IsNullOrWhiteSpace(root)
            ? Path.Combine(AppContext.BaseDirectory, "data", "reference")
            : Path.Combine(root, "reference");
    }
}
