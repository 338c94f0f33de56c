namespace MedSec.Data.Store;

/// <summary>Where the local store lives: <c>$MEDSEC_HOME/medsec.db</c>, by default <c>~/.medsec/medsec.db</c>.</summary>
public static class StoreLocation
{
    public const string HomeVariable = "MEDSEC_HOME";

    public const string FileName = "medsec.db";

    public static string Home()
    {
        var home = Environment.GetEnvironmentVariable(HomeVariable);
        return string.IsNullOrWhiteSpace(home)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".medsec")
            : home;
    }

    public static string DefaultDatabasePath() => Path.Combine(Home(), FileName);
}
