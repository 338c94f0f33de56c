namespace MedSec.Data.Exports;

/// <summary>
/// Why a file the user named (an export, a rejects file) could not be written, as a French clause: .NET's own messages
/// are English, and an error is one French line (DESIGN.md, Contracts).
/// </summary>
public static class OutputFile
{
    public static string Failure(string path, Exception e) => e switch
    {
        // Opening a folder for writing fails as "access denied": say what it is rather than send the user to its permissions.
        UnauthorizedAccessException or IOException when Directory.Exists(path) => "c'est un dossier, pas un fichier",
        DirectoryNotFoundException => "son dossier n'existe pas",
        UnauthorizedAccessException => "accès refusé",
        PathTooLongException => "chemin trop long",
        _ => "erreur d'écriture (disque plein, fichier verrouillé ou chemin invalide)",
    };
}
