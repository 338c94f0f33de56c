using MedSec.Analytics.Pay;

namespace MedSec.Cli;

/// <summary>INTERIM: the services the verbs use, until MedSecServices (payrules) lands.</summary>
public sealed class CliServices(IPayService pay)
{
    public IPayService Pay { get; } = pay;

    public static CliServices LoadDefault() =>
        throw new InvalidOperationException("the pay service is not available yet");
}
