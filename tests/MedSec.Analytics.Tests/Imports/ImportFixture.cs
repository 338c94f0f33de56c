using System.Text;
using MedSec.Analytics.Imports;
using MedSec.Data.Ingestion;

namespace MedSec.Analytics.Tests.Imports;

/// <summary>A temporary MEDSEC_HOME-like folder with a store and input files, and the import service over the real pay rules.</summary>
public sealed class ImportFixture : IDisposable
{
    private static readonly Lazy<MedSecServices> Services = new(MedSecServices.LoadDefault);

    public ImportFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "medsec-imports", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DatabasePath = Path.Combine(Directory, "medsec.db");
        Service = new ImportService(Services.Value.Pay, DatabasePath,
            new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero)));
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public ImportService Service { get; }

    public static MedSecServices Default => Services.Value;

    public const string Header = "Date;Secteur;Région;Salaire;Base;Brut/Net;Heures hebdo;Contrat;Intitulé du poste";

    /// <summary>Five French records: two bad (lines 4 and 6, the latter after a two-line record), one net, one hourly.</summary>
    public static string FrenchText =>
        Header + "\r\n" +
        "15/03/2025;Privé;84;2 150,00;Mensuel;Brut;35;CDI;Secrétaire médicale\r\n" +
        "15/03/2025;Privé;84;1 700;Mensuel;Net;35;CDI;\"Secrétaire\r\nmédicale\"\r\n" +
        "15/03/2025;Privé;Lune;2000;Mensuel;Brut;35;CDI;Secrétaire\r\n" +
        "15/03/2025;Télésecrétariat;11;14,20;Horaire;Brut;24;CDD;Télésecrétaire\r\n" +
        "31/02/2025;Public;93;2300;Mensuel;Brut;35;CDI;AMA\r\n";

    public string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, (encoding ?? InputDecoder.Ansi).GetBytes(text));
        return path;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
