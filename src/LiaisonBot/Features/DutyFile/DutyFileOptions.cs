namespace LiaisonBot.Features.DutyFile;

/// <summary>Settings under <c>DutyFile</c>.</summary>
public sealed class DutyFileOptions
{
    public const string Section = "DutyFile";

    /// <summary>
    /// The font printed duty files are drawn in: a file with Chinese glyphs (a .ttc collection's Simplified Chinese face is
    /// chosen). Debian's fonts-noto-cjk puts it here; a deployment without it gets no PDFs, and says so.
    /// </summary>
    public string PdfFont { get; set; } = Pdf.PdfFont.NotoSansCjk;

    /// <summary>How long after a group's records change its points are recomputed: changes within it cost one recomputation.</summary>
    public TimeSpan RecomputeDelay { get; set; } = TimeSpan.FromSeconds(5);
}
