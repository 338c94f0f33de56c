using MedSec.Data.Geography;

namespace MedSec.Data.Ingestion;

/// <summary>The cached value lookups of one reader thread, one per coded column (coded columns give the enum's number;
/// texts give their number in <paramref name="texts"/> too).</summary>
internal sealed class FieldLookups(string defaultSource, FrenchGeography? geography, TextCodes texts)
{
    public readonly string DefaultSource = defaultSource;
    public readonly int DefaultSourceCode = texts.CodeOf(defaultSource);
    public readonly TextCodes Texts = texts;
    public readonly Utf8Lookup<int> Sectors = Utf8Lookup<int>.From(ValueAliases.Sectors.Numbers);
    public readonly Utf8Lookup<int> Employers = Utf8Lookup<int>.From(ValueAliases.Employers.Numbers);
    public readonly Utf8Lookup<int> Sizes = Utf8Lookup<int>.From(ValueAliases.Sizes.Numbers);
    public readonly Utf8Lookup<byte> Regions = Utf8Lookup<byte>.OfText(text =>
        ValueAliases.Regions.TryGetValue(TextKey.Of(text), out var region) ? (true, RegionIndex.Of(region)) : (false, (byte)0));
    public readonly Utf8Lookup<(Departement.Resolved Departement, int Code)> Departements = Utf8Lookup<(Departement.Resolved, int)>.OfText(text =>
        Departement.Resolve(text, geography) is (true, var resolved) ? (true, (resolved, texts.CodeOf(resolved.Code))) : (false, default));
    public readonly Utf8Lookup<int> Specialties = Utf8Lookup<int>.From(ValueAliases.Specialties.Numbers);
    public readonly Utf8Lookup<int> Grades = Utf8Lookup<int>.From(ValueAliases.Grades.Numbers);
    public readonly Utf8Lookup<int> Contracts = Utf8Lookup<int>.From(ValueAliases.Contracts.Numbers);
    public readonly Utf8Lookup<int> Bases = Utf8Lookup<int>.From(ValueAliases.Bases.Numbers);
    public readonly Utf8Lookup<int> Kinds = Utf8Lookup<int>.From(ValueAliases.Kinds.Numbers);
    public readonly Utf8Lookup<int> Genders = Utf8Lookup<int>.From(ValueAliases.Genders.Numbers);
    public readonly Utf8Lookup<int> Booleans = Utf8Lookup<int>.From(ValueAliases.Booleans.Numbers);

    /// <summary>Free-text columns (source, job title) repeat few values: each distinct text is decoded once.</summary>
    public readonly Utf8Lookup<TextRef> Sources = Utf8Lookup<TextRef>.OfText(text => (true, new TextRef(text, texts.CodeOf(text))));
    public readonly Utf8Lookup<TextRef> JobTitles = Utf8Lookup<TextRef>.OfText(text => (true, new TextRef(text, texts.CodeOf(text))), slots: 2048);
}

/// <summary>A text of a free-text column and its number in the import's <see cref="TextCodes"/>.</summary>
internal readonly record struct TextRef(string Text, int Code);
