namespace MedSec.Data.Store;

/// <summary>
/// The local store cannot be opened where <c>$MEDSEC_HOME</c> puts it. The message is one French sentence naming the
/// store and why, for the CLI to print as is; the web app, whose home is the server's setting, treats it as a fault.
/// </summary>
public sealed class StoreUnavailableException(string databasePath, string reason, Exception inner)
    : IOException($"Base locale {databasePath} inaccessible : {reason}.", inner);
