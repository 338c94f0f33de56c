using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace MedSec.Data.Ingestion;

/// <summary>
/// Parsing of UTF-8 field values as French offices write them: decimal comma or point, spaces as thousands
/// separators, a trailing €; dates ISO or dd/mm/yyyy. No allocation on the usual paths.
/// </summary>
public static class Utf8Text
{
    /// <summary>Removes spaces, tabs, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) at both ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s) =>
        s.IsEmpty || (!MayStartBlank(s[0]) && !MayEndBlank(s[^1])) ? s : TrimSlow(s);

    /// <summary>Whether a value starting with this byte may have something to trim (a control byte, a space, or the first
    /// byte of U+00A0 or U+202F); when neither end may, <see cref="Trim"/> returns the value as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MayStartBlank(byte b) => b <= ' ' || b is 0xC2 or 0xE2;

    /// <summary>Whether a value ending with this byte may have something to trim (a control byte, a space, or the last
    /// byte of U+00A0 or U+202F).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MayEndBlank(byte b) => b <= ' ' || b is 0xA0 or 0xAF;

    private static ReadOnlySpan<byte> TrimSlow(ReadOnlySpan<byte> s)
    {
        while (true)
        {
            if (s.IsEmpty) return s;
            if (s[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') s = s[1..];
            else if (s.Length >= 2 && s[0] == 0xC2 && s[1] == 0xA0) s = s[2..];
            else if (s.Length >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xAF) s = s[3..];
            else break;
        }
        while (true)
        {
            if (s.IsEmpty) return s;
            if (s[^1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') s = s[..^1];
            else if (s.Length >= 2 && s[^2] == 0xC2 && s[^1] == 0xA0) s = s[..^2];
            else if (s.Length >= 3 && s[^3] == 0xE2 && s[^2] == 0x80 && s[^1] == 0xAF) s = s[..^3];
            else return s;
        }
    }

    /// <summary>
    /// Parses an amount: <c>2100</c>, <c>2100,50</c>, <c>2 100,50 €</c>, <c>2.100,50</c>, <c>2,100.50</c>, <c>-3.5</c>.
    /// One comma or one point is the decimal separator; with both, the last one is; a separator that appears several
    /// times, spaces and apostrophes group thousands (groups of 3 digits).
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> s, out decimal value) =>
        TryParsePlainDecimal(s, out value, out _) || TryParseAnyDecimal(s, out value);

    /// <summary>A value that has no exact hundredths (more than 2 decimals, or too large).</summary>
    public const long NoHundredths = long.MinValue;

    /// <summary>
    /// As <see cref="TryParseDecimal(ReadOnlySpan{byte}, out decimal)"/>, also giving the value in hundredths (cents of an
    /// amount) when it is exact, else <see cref="NoHundredths"/>: range checks and normalisation then use integers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseDecimal(ReadOnlySpan<byte> s, out decimal value, out long hundredths) =>
        TryParsePlainDecimal(s, out value, out hundredths) || TryParseAnyDecimal(s, out value, out hundredths);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryParseAnyDecimal(ReadOnlySpan<byte> s, out decimal value, out long hundredths)
    {
        hundredths = NoHundredths;
        if (!TryParseAnyDecimal(s, out value)) return false;
        hundredths = Hundredths(value);
        return true;
    }

    /// <summary>The value × 100 when it is a whole number of hundredths below 10¹⁵, else <see cref="NoHundredths"/>.</summary>
    public static long Hundredths(decimal value) =>
        value.Scale <= 2 && Math.Abs(value) < 10_000_000_000_000m ? (long)(value * 100m) : NoHundredths;

    /// <summary>The usual case: digits, then at most one comma or point followed by digits (19 characters at most).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParsePlainDecimal(ReadOnlySpan<byte> s, out decimal value, out long hundredths)
    {
        value = 0m;
        hundredths = NoHundredths;
        if ((uint)(s.Length - 1) > 18) return false;
        ulong mantissa = 0;
        var i = 0;
        uint d;
        while (i < s.Length && (d = (uint)(s[i] - '0')) <= 9)
        {
            mantissa = mantissa * 10 + d;
            i++;
        }
        var scale = 0;
        if (i < s.Length)
        {
            if (i == 0 || s[i] is not ((byte)',' or (byte)'.')) return false;
            var point = ++i;
            while (i < s.Length && (d = (uint)(s[i] - '0')) <= 9)
            {
                mantissa = mantissa * 10 + d;
                i++;
            }
            scale = i - point;
            if (i < s.Length || scale == 0) return false;
        }
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
        if (mantissa < 1_000_000_000_000_000UL && scale <= 2)
            hundredths = (long)mantissa * (scale == 0 ? 100 : scale == 1 ? 10 : 1);
        return true;
    }

    private static bool TryParseAnyDecimal(ReadOnlySpan<byte> s, out decimal value)
    {
        value = 0m;
        s = Trim(s);
        if (s.EndsWith("€"u8)) s = Trim(s[..^3]);
        else if (s.Length > 3 && (s[^3] | 0x20) == 'e' && (s[^2] | 0x20) == 'u' && (s[^1] | 0x20) == 'r') s = Trim(s[..^3]);
        if (s.IsEmpty) return false;
        var negative = false;
        if (s[0] is (byte)'-' or (byte)'+')
        {
            negative = s[0] == '-';
            s = s[1..];
            if (s.IsEmpty) return false;
        }

        int commas = 0, dots = 0, lastComma = -1, lastDot = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var b = s[i];
            if (b == ',') { commas++; lastComma = i; }
            else if (b == '.') { dots++; lastDot = i; }
        }
        int decimalAt;
        if (commas > 0 && dots > 0)
        {
            decimalAt = Math.Max(lastComma, lastDot);
            if ((decimalAt == lastComma ? commas : dots) > 1) return false;
        }
        else if (commas == 1) decimalAt = lastComma;
        else if (dots == 1) decimalAt = lastDot;
        else decimalAt = -1;

        ulong mantissa = 0;
        int significant = 0, scale = 0, digitsInGroup = 0, allDigits = 0;
        bool grouped = false, afterPoint = false;
        for (var i = 0; i < s.Length; i++)
        {
            var b = s[i];
            uint d = (uint)(b - '0');
            if (d <= 9)
            {
                if (significant > 0 || d != 0) significant++;
                if (significant > 19) return TryParseLong(s, decimalAt, negative, out value);
                mantissa = mantissa * 10 + d;
                allDigits++;
                if (afterPoint) scale++;
                else digitsInGroup++;
                continue;
            }
            if (i == decimalAt)
            {
                if (grouped && digitsInGroup != 3) return false;
                afterPoint = true;
                continue;
            }
            if (afterPoint) return false;
            int width = GroupSeparatorWidth(s[i..]);
            if (width == 0) return false;
            if (digitsInGroup == 0 || (grouped && digitsInGroup != 3)) return false;
            grouped = true;
            digitsInGroup = 0;
            i += width - 1;
        }
        if (allDigits == 0 || scale > 28) return false;
        if (grouped && !afterPoint && digitsInGroup != 3) return false;
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    private static int GroupSeparatorWidth(ReadOnlySpan<byte> s)
    {
        if (s[0] is (byte)' ' or (byte)'\'' or (byte)',' or (byte)'.') return 1;
        if (s.Length >= 2 && s[0] == 0xC2 && s[1] == 0xA0) return 2;
        if (s.Length >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xAF || s[2] == 0x99)) return 3;
        return 0;
    }

    /// <summary>More than 19 significant digits: rebuild an invariant string and let decimal parse it.</summary>
    private static bool TryParseLong(ReadOnlySpan<byte> s, int decimalAt, bool negative, out decimal value)
    {
        var sb = new StringBuilder(s.Length + 1);
        if (negative) sb.Append('-');
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is >= (byte)'0' and <= (byte)'9') sb.Append((char)s[i]);
            else if (i == decimalAt) sb.Append('.');
        }
        return decimal.TryParse(sb.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Weekly hours written with their unit, as French offices write them: <c>35h</c>, <c>35 h</c>, <c>35,5 H</c>,
    /// <c>27h30</c> (minutes to the hundredth of an hour, as France Travail's "27H30" is read: 36h15 → 36.25). For the
    /// values a plain number does not parse (<see cref="TryParseDecimal(ReadOnlySpan{byte}, out decimal, out long)"/> first):
    /// "35h" in an hours column was refused as not a number of hours.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryParseHours(ReadOnlySpan<byte> s, out decimal hours, out long hundredths)
    {
        hours = 0m;
        hundredths = NoHundredths;
        s = Trim(s);
        var unit = s.LastIndexOfAny((byte)'h', (byte)'H');
        if (unit <= 0) return false;
        var minutesText = Trim(s[(unit + 1)..]);
        var minutes = 0;
        if (!minutesText.IsEmpty && (minutesText.Length != 2 || !TryParseSmallInt(minutesText, out minutes) || minutes >= 60)) return false;
        if (!TryParseDecimal(Trim(s[..unit]), out var whole, out _)) return false;
        // "35,5h30" is no time of day.
        if (!minutesText.IsEmpty && whole != decimal.Truncate(whole)) return false;
        hours = whole + Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero);
        hundredths = Hundredths(hours);
        return true;
    }

    /// <summary>Parses digits only (after trimming) as a non-negative integer below 1 000 000.</summary>
    public static bool TryParseSmallInt(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        s = Trim(s);
        if (s.IsEmpty || s.Length > 6) return false;
        foreach (var b in s)
        {
            uint d = (uint)(b - '0');
            if (d > 9) return false;
            value = value * 10 + (int)d;
        }
        return true;
    }

    /// <summary>
    /// Parses <c>yyyy-mm-dd</c>, <c>yyyy/mm/dd</c>, or <c>dd/mm/yyyy</c> (also with <c>-</c> or <c>.</c>, one-digit day and
    /// month). A time after a space or a <c>T</c> is ignored (spreadsheet exports write <c>15/03/2025 00:00</c>).
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        if (s.Length == 10 && TryParsePlainDate(s, out date)) return true;
        return TryParseAnyDate(s, out date);
    }

    /// <summary>Exactly <c>dd/mm/yyyy</c> or <c>yyyy-mm-dd</c> (the day number computed directly: this runs once per record).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParsePlainDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        uint year, month, day;
        if (s[2] == '/' && s[5] == '/')
        {
            day = Two(s[0], s[1]);
            month = Two(s[3], s[4]);
            year = Two(s[6], s[7]) * 100 + Two(s[8], s[9]);
        }
        else if (s[4] == '-' && s[7] == '-')
        {
            year = Two(s[0], s[1]) * 100 + Two(s[2], s[3]);
            month = Two(s[5], s[6]);
            day = Two(s[8], s[9]);
        }
        else return false;
        if (year - 1 > 9998 || month - 1 > 11) return false;
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        var length = month == 2 && leap ? 29u : DaysInMonth[(int)month - 1];
        if (day - 1 >= length) return false;
        var y = year - 1;
        var days = y * 365 + y / 4 - y / 100 + y / 400 + DaysBeforeMonth[(int)month - 1] + (leap && month > 2 ? 1u : 0u) + day - 1;
        date = DateOnly.FromDayNumber((int)days);
        return true;
    }

    private static ReadOnlySpan<uint> DaysInMonth => [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    private static ReadOnlySpan<uint> DaysBeforeMonth => [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>Two ASCII digits as a number, or 10 000 (out of every range) when one is not a digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Two(byte tens, byte units)
    {
        uint a = (uint)(tens - '0'), b = (uint)(units - '0');
        return a > 9 || b > 9 ? 10_000u : a * 10 + b;
    }

    private static bool TryParseAnyDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        s = Trim(s);
        var cut = s.IndexOfAny((byte)' ', (byte)'T');
        if (cut >= 0) s = s[..cut];
        if (s.Length < 8 || s.Length > 10) return false;

        Span<int> parts = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        int part = 0;
        byte separator = 0;
        foreach (var b in s)
        {
            uint d = (uint)(b - '0');
            if (d <= 9)
            {
                parts[part] = parts[part] * 10 + (int)d;
                widths[part]++;
                continue;
            }
            if (b is not ((byte)'-' or (byte)'/' or (byte)'.')) return false;
            if (separator == 0) separator = b;
            else if (b != separator) return false;
            if (++part > 2) return false;
        }
        if (part != 2) return false;
        int year, month, day;
        if (widths[0] == 4 && widths[1] is 1 or 2 && widths[2] is 1 or 2) (year, month, day) = (parts[0], parts[1], parts[2]);
        else if (widths[2] == 4 && widths[0] is 1 or 2 && widths[1] is 1 or 2) (year, month, day) = (parts[2], parts[1], parts[0]);
        else return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The value for a message: decoded, shortened to 40 characters.</summary>
    public static string Show(ReadOnlySpan<byte> s)
    {
        var text = Encoding.UTF8.GetString(Trim(s));
        return text.Length <= 40 ? text : text[..37] + "…";
    }
}
