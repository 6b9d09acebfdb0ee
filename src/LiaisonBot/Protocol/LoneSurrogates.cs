using System.Globalization;

namespace LiaisonBot.Protocol;

/// <summary>
/// JSON may escape half of a surrogate pair on its own (<c>"x\ud800y"</c>), usually an emoji a client cut in two. No .NET
/// string reader accepts it and UTF-8 cannot store it, so every text field of an activity would fail on it, and asking
/// the person to retry cannot help: they can neither see nor remove half a character. It becomes U+FFFD, the mark every
/// UTF-8 decoder puts where a character was damaged, so everything else they typed is kept and handled as usual.
/// </summary>
internal static class LoneSurrogates
{
    private const int EscapeLength = 6; // \uXXXX

    /// <summary>Rewrites every escaped lone surrogate in <paramref name="json"/> in place (the replacement is as long).</summary>
    public static void Replace(Span<byte> json)
    {
        for (var i = 0; i < json.Length - 1; i++)
        {
            if (json[i] != '\\')
            {
                continue;
            }

            if (Escaped(json, i) is not { } unit)
            {
                i++; // \" \\ \n …, or a broken escape the JSON reader refuses anyway: its second byte is no escape
                continue;
            }

            if (char.IsHighSurrogate(unit) && Escaped(json, i + EscapeLength) is { } next && char.IsLowSurrogate(next))
            {
                i += 2 * EscapeLength - 1; // a whole pair: an emoji or a rare character
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                "\\uFFFD"u8.CopyTo(json[i..]);
            }

            i += EscapeLength - 1;
        }
    }

    private static char? Escaped(ReadOnlySpan<byte> json, int at) =>
        at + EscapeLength <= json.Length && json[at] == '\\' && json[at + 1] == 'u' &&
        ushort.TryParse(json.Slice(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit)
            ? (char)unit
            : null;
}
