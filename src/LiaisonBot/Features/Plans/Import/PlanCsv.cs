using System.Text;
using CsvHelper;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// One table of a plan file as CSV: decoded the way Excel in China saves it, then read with the roster's CsvHelper
/// settings. Rows are numbered as Excel shows them when the file is opened there: one per record, blank lines included.
/// </summary>
internal static class PlanCsv
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // GB18030 is the superset of GBK that Excel and WPS use for "CSV" on Chinese Windows.
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(
        54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>The file as text: UTF-8 (with or without BOM) when it is valid UTF-8, else GB18030; null for binary data.</summary>
    public static string? Decode(byte[] bytes)
    {
        var body = bytes.AsSpan();
        if (body.StartsWith(Utf8.Preamble))
        {
            body = body[Utf8.Preamble.Length..];
        }

        var text = Decode(Utf8, body) ?? Decode(Gb18030, body);
        return text is not null && !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')) ? text : null;
    }

    public static IEnumerable<SheetRow> Rows(string text)
    {
        var malformed = false;
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrimWhitespace = true,
            SkipEmptyLines = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = _ => malformed = true,
        };
        using var csv = CsvReader.FromText(text, options);
        while (csv.Read())
        {
            var cells = Enumerable.Range(0, csv.FieldCount).Select(object? (i) => csv.GetString(i)).ToList();
            yield return new SheetRow((int)csv.RowNumber, cells, malformed);
            malformed = false;
        }
    }

    private static string? Decode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
