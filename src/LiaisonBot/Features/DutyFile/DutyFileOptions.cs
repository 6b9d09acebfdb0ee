using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

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

/// <summary>
/// Checks <see cref="DutyFileOptions"/> at start. A missing font refuses only a Production start: there every PDF export
/// would fail in front of the secretariat, while a developer's machine without CJK fonts still runs everything else.
/// </summary>
internal sealed class DutyFileOptionsValidator(IHostEnvironment environment) : IValidateOptions<DutyFileOptions>
{
    public ValidateOptionsResult Validate(string? name, DutyFileOptions options) => CheckedOptions.Result(Setting.Problems(
        environment.IsProduction() && !File.Exists(options.PdfFont)
            ? $"DutyFile:PdfFont must name a font file that exists (Debian: apt-get install fonts-noto-cjk); got '{options.PdfFont}'."
            : null,
        Setting.Between("DutyFile:RecomputeDelay", options.RecomputeDelay, TimeSpan.Zero, TimeSpan.FromMinutes(10))));
}
