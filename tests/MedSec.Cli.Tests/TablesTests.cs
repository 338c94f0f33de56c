using MedSec.Cli.Output;
using MedSec.Domain.Pay;

namespace MedSec.Cli.Tests;

/// <summary>Rendering of the readable tables (from hand-made records: these tests check layout, not pay rules).</summary>
public sealed class TablesTests
{
    private static string Render<T>(Action<Spectre.Console.IAnsiConsole, T> table, T value)
    {
        var writer = new StringWriter();
        var context = new CliContext(writer, TextWriter.Null, () => throw new InvalidOperationException());
        table(context.Console(writer), value);
        return writer.ToString();
    }

    [Fact]
    public void FloorTableShowsWarningsAndTheAsOfDate()
    {
        var floor = new LegalFloor("1147", "5", new DateOnly(2026, 1, 15), 35m, 1815.79m, 1823.03m, 1823.03m, "smic",
            new DateOnly(2026, 1, 1), ["minima unchanged since 2024-01-01"]);

        var text = Render(Tables.Floor, floor);

        Assert.Contains("Plancher légal — IDCC 1147, niveau 5, au 15/01/2026", text);
        Assert.Contains("le SMIC", text);
        Assert.Contains("Avertissement : minima unchanged since 01/01/2024", text); // dated as the table dates
        // asOf is the newest figure the answer used, not the data's freshness: "à jour au" read as the latter and clashed
        // with a staleness warning naming a later change elsewhere in the data.
        Assert.Contains("Chiffre de référence le plus récent utilisé : en vigueur depuis le 01/01/2026.", text);
        Assert.DoesNotContain("à jour au", text);
        Assert.DoesNotContain("\u001b[", text);
    }

    [Fact]
    public void CareerTableHasOneRowPerStep()
    {
        var career = new PublicCareer("AMA-CN", new DateOnly(2024, 1, 1), 2, 1,
            [new CareerStep(new DateOnly(2024, 1, 1), "AMA-CN", 1, 373, 2077.42m),
             new CareerStep(new DateOnly(2025, 1, 1), "AMA-CN", 2, 374, 2082.34m)], []);

        var lines = Render(Tables.Career, career).Split('\n');

        Assert.Single(lines, l => l.StartsWith("│ 01/01/2024"));
        Assert.Single(lines, l => l.StartsWith("│ 01/01/2025") && l.Contains("374"));
    }
}
