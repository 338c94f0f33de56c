namespace MedSec.Data.Tests.Reference;

/// <summary>Tests that set MEDSEC_DATA, a process-wide variable: they run alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(MedSecDataVariable), DisableParallelization = true)]
public sealed class MedSecDataVariable;
