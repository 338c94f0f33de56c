namespace MedSec.Cli.Tests;

/// <summary>The test classes that point MEDSEC_HOME (a process-wide variable) at a temporary store run one after the other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MedsecHomeCollection
{
    public const string Name = "MEDSEC_HOME";
}
