namespace MedSec.Cli;

/// <summary>Bad usage found after parsing (e.g. two options that exclude each other): exit code 2, one line on stderr.</summary>
public sealed class UsageException(string message) : Exception(message);
