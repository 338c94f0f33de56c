using System.Runtime.CompilerServices;
using MedSec.Domain.Observations;

namespace MedSec.Data.Ingestion;

/// <summary>
/// What a record's pay header and amount say of its kind (brut, net) and basis (mois, an, heure), beside its Brut/Net and
/// Base columns: off the hot path, for an amount with words (the plain parse failed) or a header that names them.
/// </summary>
public sealed partial class ObservationCsvReader
{
    /// <summary>Nothing to reconcile: a plain amount under a header that names no kind nor basis (the usual case).</summary>
    private const int NoWords = -1;

    /// <summary><see cref="NoWords"/>, or 0 when the pay header names a kind or a basis (<see cref="StatedPay{T}"/> then runs
    /// for every record: the header gives empty columns their value and is checked against full ones).</summary>
    private readonly int _payWordsOfHeader;

    private static int PayWordsOf(ObservationHeader header) =>
        header.PayKindStated is null && header.PayBasisStated is null ? NoWords : 0;

    /// <summary>
    /// An amount with words around it (« 1850 euros », « 1850 € brut », « 12,50 € de l'heure »: <see cref="AmountText"/>), for
    /// the values a plain amount does not parse; <paramref name="words"/> packs the kind and the basis it names.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryAmountWithWords(ReadOnlySpan<byte> s, ref ObservationDraft d, out int words)
    {
        var read = AmountText.TryParse(s, _lookups.Kinds, _lookups.Bases, out d.PayAmount, out d.PayCents, out var kind, out var basis);
        words = (kind + 1) | ((basis + 1) << 8);
        return read;
    }

    /// <summary>
    /// The kind and basis the pay header and the amount's words name, beside the Brut/Net and Base columns: the header's
    /// and then the amount's fill an empty column; any two that disagree reject the record, naming both.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Rejection? StatedPay<T>(ref ObservationDraft d, int words) where T : struct, IFieldForm
    {
        var kindColumn = Field<T>(ObservationField.GrossOrNet);
        var basisColumn = Field<T>(ObservationField.PayBasis);
        if (Header.PayKindStated is { } headerKind)
        {
            if (kindColumn.IsEmpty) d.PayKind = headerKind;
            else if (d.PayKind != headerKind)
                return Contradiction(ObservationField.GrossOrNet, $"L'en-tête '{Header.NameOf(ObservationField.PayAmount)}' dit {Word(headerKind)}",
                    Said(ObservationField.GrossOrNet, kindColumn, Word(d.PayKind)));
        }
        if (Header.PayBasisStated is { } headerBasis)
        {
            if (basisColumn.IsEmpty) d.PayBasis = headerBasis;
            else if (d.PayBasis != headerBasis)
                return Contradiction(ObservationField.PayBasis, $"L'en-tête '{Header.NameOf(ObservationField.PayAmount)}' dit {Word(headerBasis)}",
                    Said(ObservationField.PayBasis, basisColumn, Word(d.PayBasis)));
        }
        var amount = Utf8Text.Show(Field<T>(ObservationField.PayAmount));
        if ((words & 0xFF) - 1 is var amountKind and >= 0 && (PayKind)amountKind != d.PayKind)
        {
            if (kindColumn.IsEmpty && Header.PayKindStated is null) d.PayKind = (PayKind)amountKind;
            else return Contradiction(ObservationField.PayAmount, $"Le salaire '{amount}' est {Word((PayKind)amountKind)}",
                Said(ObservationField.GrossOrNet, kindColumn, Word(d.PayKind)));
        }
        if ((words >> 8) - 1 is var amountBasis and >= 0 && (PayBasis)amountBasis != d.PayBasis)
        {
            if (basisColumn.IsEmpty && Header.PayBasisStated is null) d.PayBasis = (PayBasis)amountBasis;
            else return Contradiction(ObservationField.PayAmount, $"Le salaire '{amount}' est {Word((PayBasis)amountBasis)}",
                Said(ObservationField.PayBasis, basisColumn, Word(d.PayBasis)));
        }
        return null;
    }

    /// <summary>Who said the record's kind or basis: its column when filled, else the pay header.</summary>
    private string Said(ObservationField field, ReadOnlySpan<byte> column, string word) => column.IsEmpty
        ? $"l'en-tête '{Header.NameOf(ObservationField.PayAmount)}' dit {word}"
        : $"la colonne {Header.NameOf(field)} dit '{Utf8Text.Show(column)}'";

    private Rejection Contradiction(ObservationField field, string first, string second) =>
        new(Line, Header.NameOf(field), IngestText.Contradiction(first, second));

    private static string Word(PayKind kind) => FrenchLabels.Kind(kind).ToLowerInvariant();

    private static string Word(PayBasis basis) => FrenchLabels.Basis(basis).ToLowerInvariant();
}
