namespace MedSec.Data.Ingestion;

/// <summary>Reads a user's file whole (inputs are parsed in memory); failures become a refused file with a French reason.</summary>
public static class InputFile
{
    private const long ParallelBytes = 16 << 20;

    public static byte[] Read(string path)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) is { Length: > 0 } file ? file : path;
        try
        {
            return ReadAll(path, name);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileRejectedException(name, "Fichier introuvable.");
        }
        // Opening a directory also fails as "access denied": say what it is rather than send the user to its permissions.
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            throw new FileRejectedException(name, "C'est un dossier, pas un fichier : donnez le chemin d'un fichier.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new FileRejectedException(name, "Lecture refusée (droits d'accès).");
        }
        catch (IOException)
        {
            // .NET's message is English; what the user can act on is that the file could not be read here.
            throw new FileRejectedException(name, "Lecture impossible : erreur d'entrée-sortie (disque, fichier verrouillé ou qui n'est pas un fichier ordinaire).");
        }
    }

    /// <summary>
    /// The whole file; a large one is read in two halves at once (positional reads), which copies it from the page cache
    /// about twice as fast on a machine with two cores or more.
    /// </summary>
    private static byte[] ReadAll(string path, string name)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
        var length = RandomAccess.GetLength(handle);
        // Said as it is: thrown as an IOException, it became "erreur d'entrée-sortie (disque, fichier verrouillé…)" below.
        if (length > Array.MaxLength)
            throw new FileRejectedException(name, "Fichier trop volumineux : plus de 2 Go, la taille la plus grande qu'un import puisse lire ; le découper en plusieurs fichiers.");
        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        // A file whose size changed while it was read is read again, in one pass.
        if (length < ParallelBytes || Environment.ProcessorCount < 2)
            return ReadRange(handle, bytes, 0) == bytes.Length ? bytes : File.ReadAllBytes(path);
        var half = bytes.Length / 2;
        var read = new int[2];
        Parallel.Invoke(
            () => read[0] = ReadRange(handle, bytes.AsSpan(0, half), 0),
            () => read[1] = ReadRange(handle, bytes.AsSpan(half), half));
        return read[0] == half && read[1] == bytes.Length - half ? bytes : File.ReadAllBytes(path);
    }

    private static int ReadRange(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> target, long offset)
    {
        var total = 0;
        while (total < target.Length)
        {
            var n = RandomAccess.Read(handle, target[total..], offset + total);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
