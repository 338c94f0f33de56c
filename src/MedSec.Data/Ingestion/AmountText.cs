namespace MedSec.Data.Ingestion;

/// <summary>
/// An amount as offices type it in words around the number, for a value the plain amount does not parse: the number, an
/// optional currency (€, EUR, euro, euros), then at most one gross-or-net word and one basis, in either order:
/// « 1850 euros », « 1850 € brut », « 1 850 € / mois », « 12,50 € brut de l'heure », « 24 000 € par an net ». The words are
/// the Brut/Net and Base columns' own values (<see cref="ValueAliases"/>), but a gross-or-net word must be a word: the
/// columns' one-letter codes B and N are no amount's word (« 1850 N » is no net amount).
/// </summary>
internal static class AmountText
{
    /// <summary>No word of that kind after the amount.</summary>
    public const int None = -1;

    /// <param name="kind">The <see cref="MedSec.Domain.Observations.PayKind"/> the amount names, or <see cref="None"/>.</param>
    /// <param name="basis">The <see cref="MedSec.Domain.Observations.PayBasis"/> the amount names, or <see cref="None"/>.</param>
    public static bool TryParse(ReadOnlySpan<byte> s, Utf8Lookup<int> kinds, Utf8Lookup<int> bases,
        out decimal amount, out long cents, out int kind, out int basis)
    {
        (amount, cents, kind, basis) = (0m, Utf8Text.NoHundredths, None, None);
        var end = NumberEnd(s);
        var number = Utf8Text.Trim(s[..end]);
        if (number.IsEmpty || !Utf8Text.TryParseDecimal(number, out amount, out cents)) return false;
        var words = WithoutCurrency(Utf8Text.Trim(s[end..]));
        if (words.IsEmpty) return true;
        if (IsKind(words, kinds, out kind)) return true;
        if (IsBasis(words, bases, out basis)) return true;
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] != ' ') continue;
            var left = Utf8Text.Trim(words[..i]);
            var right = Utf8Text.Trim(words[i..]);
            if (IsKind(left, kinds, out kind) && IsBasis(right, bases, out basis)) return true;
            if (IsBasis(left, bases, out basis) && IsKind(right, kinds, out kind)) return true;
        }
        (kind, basis) = (None, None);
        return false;
    }

    /// <summary>Where the number ends: digits, signs, decimal and grouping marks (spaces, no-break spaces, apostrophes).</summary>
    private static int NumberEnd(ReadOnlySpan<byte> s)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] is (>= (byte)'0' and <= (byte)'9') or (byte)' ' or (byte)',' or (byte)'.' or (byte)'\'' or (byte)'-' or (byte)'+') i++;
            else if (i + 1 < s.Length && s[i] == 0xC2 && s[i + 1] == 0xA0) i += 2;
            else if (i + 2 < s.Length && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] is 0xAF or 0x99) i += 3;
            else break;
        }
        return i;
    }

    /// <summary>The words after a leading €, EUR, euro or euros (any case).</summary>
    private static ReadOnlySpan<byte> WithoutCurrency(ReadOnlySpan<byte> s)
    {
        if (s.StartsWith("€"u8)) return Utf8Text.Trim(s[3..]);
        var letters = 0;
        while (letters < s.Length && char.IsAsciiLetter((char)s[letters])) letters++;
        if (letters is < 3 or > 5) return s;
        Span<byte> word = stackalloc byte[letters];
        for (var i = 0; i < letters; i++) word[i] = (byte)char.ToLowerInvariant((char)s[i]);
        return word.SequenceEqual("eur"u8) || word.SequenceEqual("euro"u8) || word.SequenceEqual("euros"u8) ? Utf8Text.Trim(s[letters..]) : s;
    }

    /// <summary>A gross-or-net word of two letters or more (the columns' codes B and N are not words).</summary>
    private static bool IsKind(ReadOnlySpan<byte> word, Utf8Lookup<int> kinds, out int kind)
    {
        kind = None;
        var letters = 0;
        foreach (var b in word)
            if (b >= 0x80 || char.IsAsciiLetterOrDigit((char)b)) letters++;
        if (letters > 1 && kinds.TryGet(word, out kind)) return true;
        kind = None;
        return false;
    }

    private static bool IsBasis(ReadOnlySpan<byte> word, Utf8Lookup<int> bases, out int basis)
    {
        if (bases.TryGet(word, out basis)) return true;
        basis = None;
        return false;
    }
}
