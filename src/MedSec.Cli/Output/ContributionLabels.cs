using System.Collections.Frozen;

namespace MedSec.Cli.Output;

/// <summary>French labels of the contribution codes of data/reference/contribution_rates.csv (the code itself if unknown).</summary>
public static class ContributionLabels
{
    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["vieillesse-plafonnee"] = "Vieillesse plafonnée",
        ["vieillesse-deplafonnee"] = "Vieillesse déplafonnée",
        ["agirc-arrco-t1"] = "Retraite complémentaire T1",
        ["agirc-arrco-t2"] = "Retraite complémentaire T2",
        ["ceg-t1"] = "CEG T1",
        ["ceg-t2"] = "CEG T2",
        ["cet"] = "CET",
        ["maladie"] = "Maladie",
        ["chomage"] = "Assurance chômage",
        ["csg-deductible"] = "CSG déductible",
        ["csg-non-deductible"] = "CSG non déductible",
        ["crds"] = "CRDS",
        ["cnracl"] = "Retraite CNRACL",
        ["rafp"] = "RAFP",
    }.ToFrozenDictionary();

    public static string Of(string item) => Labels.GetValueOrDefault(item, item);
}
