using SkiaSharp;

namespace LiaisonBot.Pdf;

/// <summary>
/// The Chinese font printed pages are drawn in, embedded in each PDF so the Chinese prints the same on any computer.
/// </summary>
public static class PdfFont
{
    /// <summary>Where Debian's fonts-noto-cjk puts Noto Sans CJK: a collection of every CJK region's face, sans and mono.</summary>
    public const string NotoSansCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <summary>
    /// The Simplified Chinese face out of a collection (.ttc), its monospaced one when asked and there is one, or else the
    /// file's first face; null when the file is missing. The Japanese face comes first in Noto's collection and draws
    /// some shared characters the Japanese way, hence the search.
    /// </summary>
    public static SKTypeface? Open(string path, bool mono = false)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var faces = new List<SKTypeface>();
        for (var index = 0; index < 16 && SKTypeface.FromFile(path, index) is { } face; index++)
        {
            faces.Add(face);
        }

        var chosen = faces.FirstOrDefault(f => IsSimplified(f) && IsMono(f) == mono) ?? faces.FirstOrDefault(IsSimplified) ?? faces.FirstOrDefault();
        foreach (var face in faces.Where(f => f != chosen))
        {
            face.Dispose();
        }

        return chosen;
    }

    private static bool IsSimplified(SKTypeface face) => face.FamilyName.EndsWith(" SC", StringComparison.Ordinal);

    private static bool IsMono(SKTypeface face) => face.FamilyName.Contains(" Mono ", StringComparison.Ordinal);
}
