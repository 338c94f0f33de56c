using System.Globalization;
using MedSec.Data.Reference;

namespace MedSec.Data.Sample;

/// <summary>
/// The parameters of the sample generator (data/sample/generator_parameters.csv), each with the source it was taken from
/// (or "assumption"). Accessors throw <see cref="ReferenceDataException"/> naming file, line and parameter on a bad value.
/// </summary>
public sealed class SampleParameters
{
    public const string FileName = "generator_parameters.csv";

    /// <summary>The folder of the sample data beside <c>reference/</c>.</summary>
    public const string Folder = "sample";

    /// <summary>The synthetic observations the generator wrote (canonical observation CSV, every row synthetic).</summary>
    public const string ObservationsFileName = "observations.csv";

    /// <summary>The bundled synthetic observations (or <c>$MEDSEC_DATA/sample/observations.csv</c>): the default run's market data.</summary>
    public static string DefaultObservationsPath() => Path.Combine(DefaultDirectory(), ObservationsFileName);

    private readonly ILookup<string, SampleParameter> _byName;

    public SampleParameters(IReadOnlyList<SampleParameter> rows)
    {
        All = rows;
        _byName = rows.ToLookup(r => r.Name, StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => (r.Name, r.Key)).Where(g => g.Count() > 1))
            throw Fail(group.Last(), $"'{group.Key.Name}' has the key '{group.Key.Key}' twice");
    }

    public IReadOnlyList<SampleParameter> All { get; }

    public static SampleParameters Load(string sampleDirectory) =>
        new(ReferenceCsv.ReadAll(Path.GetFullPath(sampleDirectory), FileName, row => new SampleParameter(
            row.Line, row.Text("parameter"), row.OptionalText("key") ?? "", row.Text("value"), row.Text("unit"), row.Text("source"),
            row.OptionalText("note"))));

    /// <summary><c>$MEDSEC_DATA/sample</c>, or the copy bundled in the program's output.</summary>
    public static string DefaultDirectory() => Path.Combine(Path.GetDirectoryName(ReferenceDataLoader.DefaultDirectory())!, Folder);

    public static SampleParameters LoadDefault() => Load(DefaultDirectory());

    public SampleParameter Row(string name, string key = "") =>
        _byName[name].FirstOrDefault(r => r.Key == key)
        ?? throw new ReferenceDataException($"{FileName}: no parameter '{name}'{(key.Length > 0 ? $" with key '{key}'" : "")}", FileName);

    public bool Has(string name, string key = "") => _byName[name].Any(r => r.Key == key);

    /// <summary>True when the file has any row of that parameter.</summary>
    public bool HasParameter(string name) => _byName.Contains(name);

    public string Text(string name, string key = "") => Row(name, key).Value;

    public decimal Decimal(string name, string key = "")
    {
        var row = Row(name, key);
        return decimal.TryParse(row.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Fail(row, $"'{row.Value}' is not a number");
    }

    public int Int(string name, string key = "")
    {
        var row = Row(name, key);
        return int.TryParse(row.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Fail(row, $"'{row.Value}' is not a whole number");
    }

    public DateOnly Date(string name, string key = "")
    {
        var row = Row(name, key);
        return DateOnly.TryParseExact(row.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v)
            ? v
            : throw Fail(row, $"'{row.Value}' is not an ISO date");
    }

    /// <summary>The keys of a weighted parameter with their weights (any positive scale), in file order.</summary>
    public IReadOnlyList<(string Key, decimal Weight)> Weights(string name)
    {
        var rows = _byName[name].ToList();
        if (rows.Count == 0) throw new ReferenceDataException($"{FileName}: no parameter '{name}'", FileName);
        return [.. rows.Select(r => (r.Key, Decimal(name, r.Key)))];
    }

    /// <summary>The values of a keyed parameter, by key.</summary>
    public IReadOnlyDictionary<string, string> ByKey(string name) =>
        _byName[name].ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);

    private static ReferenceDataException Fail(SampleParameter row, string reason) =>
        new($"{FileName} line {row.Line}, parameter {row.Name}: {reason}", FileName, row.Line, "value");
}
