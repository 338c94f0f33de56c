namespace MedSec.Data.Ingestion;

/// <summary>Reads a user's file whole (inputs are parsed in memory); failures become a refused file with a French reason.</summary>
public static class InputFile
{
    public static byte[] Read(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileRejectedException(name, "Fichier introuvable.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new FileRejectedException(name, "Lecture refusée (droits d'accès).");
        }
        catch (IOException e)
        {
            throw new FileRejectedException(name, $"Lecture impossible : {e.Message}");
        }
    }
}
